package dailypy.discord.commands;

import dailypy.app.App;
import dailypy.discord.answers.QuestionLocator;
import dailypy.discord.interactions.OffEventThread;
import dailypy.discord.interactions.SlashCommand;
import dailypy.discord.render.Embeds;
import dailypy.discord.render.MessageEdits;
import dailypy.questions.Question;
import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * /explain: the explanation and reference solution, privately. Before a solve it asks first,
 * because revealing forfeits the points ({@link RevealButton} confirms).
 */
public final class ExplainCommand implements SlashCommand {
  private final App app;
  private final QuestionLocator locator;

  public ExplainCommand(App app, QuestionLocator locator) {
    this.app = app;
    this.locator = locator;
  }

  @Override
  public SlashCommandData data() {
    return Commands.slash("explain", "Show the explanation and reference solution")
        .addOptions(QuestionOption.data(false));
  }

  @Override
  public void onSlash(SlashCommandInteractionEvent e) {
    OffEventThread.reply(e, true, "/explain", () -> {
      Optional<QuestionLocator.Located> l = QuestionOption.located(locator, e);
      if (l.isEmpty()) {
        e.getHook().editOriginal(MessageEdits.text(
            "Which question? Use `/explain question:<id>` or run it in a daily question's thread.")).queue();
        return;
      }
      Question q = l.get().question();
      if (app.progress().hasSolved(e.getGuild().getIdLong(), e.getUser().getIdLong(), q.id())) {
        e.getHook().editOriginal(MessageEdits.embeds(Embeds.explanation(q))).queue();
        return;
      }
      e.getHook().editOriginal(MessageEdits.builder()
          .setContent("You haven't solved *" + q.title() + "* yet. Revealing the answer forfeits its points. Reveal it?")
          .setComponents(ActionRow.of(Button.danger(RevealButton.id(q).encode(), "Reveal the answer")))
          .build()).queue();
    });
  }

  @Override
  public void onAutocomplete(CommandAutoCompleteInteractionEvent e) {
    QuestionOption.complete(app.questions(), e);
  }
}
