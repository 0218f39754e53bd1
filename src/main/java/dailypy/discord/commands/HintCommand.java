package dailypy.discord.commands;

import dailypy.app.Answering;
import dailypy.app.App;
import dailypy.app.Player;
import dailypy.discord.answers.QuestionLocator;
import dailypy.discord.render.DiscordLimits;
import dailypy.discord.render.MessageEdits;
import dailypy.questions.Question;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.Commands;

/** /hint: the next hint of a question, privately; each one taken before solving costs points. */
public final class HintCommand extends QuestionHelpCommand {

  public HintCommand(App app, QuestionLocator locator) {
    super(app, locator, Commands.slash("hint", "Get the next hint for a question"));
  }

  @Override
  void answer(SlashCommandInteractionEvent e, Question q) {
    Player player = new Player(e.getGuild().getIdLong(), e.getUser().getIdLong());
    Optional<Answering.Hint> hint = app.answering().hint(player, q);
    if (hint.isEmpty()) {
      e.getHook().editOriginal(MessageEdits.text("This question has no hints.")).queue();
      return;
    }
    // once all hints are taken, asking again shows the last one again and costs nothing more
    Answering.Hint h = hint.get();
    StringBuilder s = new StringBuilder("💡 **Hint " + h.number() + "/" + h.total() + "** for *" + q.title() + "*\n");
    s.append(h.text());
    if (h.again()) {
      s.append("\n\n(That was the last hint. `/explain` shows the full answer.)");
    } else if (!app.progress().hasSolved(player.guildId(), player.userId(), q.id())) {
      s.append("\n\n-# Each hint taken before solving costs 25% of the points.");
    }
    e.getHook().editOriginal(MessageEdits.text(DiscordLimits.message(s.toString()))).queue();
  }
}
