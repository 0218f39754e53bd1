package dailypy.discord.commands;

import dailypy.app.App;
import dailypy.discord.answers.QuestionLocator;
import dailypy.discord.render.Embeds;
import dailypy.discord.render.MessageEdits;
import dailypy.questions.Question;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.Commands;

/**
 * /explain: the explanation and reference solution, privately. Before a solve it asks first,
 * because revealing forfeits the points ({@link RevealButton} confirms).
 */
public final class ExplainCommand extends QuestionHelpCommand {

  public ExplainCommand(App app, QuestionLocator locator) {
    super(app, locator, Commands.slash("explain", "Show the explanation and reference solution"));
  }

  @Override
  void answer(SlashCommandInteractionEvent e, Question q) {
    if (app.progress().hasSolved(e.getGuild().getIdLong(), e.getUser().getIdLong(), q.id())) {
      e.getHook().editOriginal(MessageEdits.embeds(Embeds.explanation(q))).queue();
      return;
    }
    e.getHook().editOriginal(MessageEdits.builder()
        .setContent("You haven't solved *" + q.title() + "* yet. Revealing the answer forfeits its points. Reveal it?")
        .setComponents(ActionRow.of(Button.danger(RevealButton.id(q).encode(), "Reveal the answer")))
        .build()).queue();
  }
}
