package dailypy.discord.commands;

import dailypy.app.QuestionCatalog;
import dailypy.discord.answers.QuestionLocator;
import dailypy.discord.render.DiscordLimits;
import dailypy.discord.render.ErrorReference;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;

/** The {@code question} option of /submit, /hint and /explain: a question id, autocompleted. */
final class QuestionOption {
  static final String NAME = "question";
  private static final int CHOICES = 25;

  private QuestionOption() {}

  /** The option, required (/submit) or defaulting to today's question (/hint, /explain). */
  static OptionData data(boolean required) {
    return new OptionData(OptionType.STRING, NAME, required ? "Question id" : "Question id (default: today's)",
        required, true);
  }

  /** Gradable questions whose id or title contains what was typed. */
  static void complete(QuestionCatalog questions, CommandAutoCompleteInteractionEvent e) {
    try {
      String typed = e.getFocusedOption().getValue();
      List<Command.Choice> choices = questions.search(typed, CHOICES).stream()
          .map(q -> new Command.Choice(
              DiscordLimits.truncate(q.level() + " · " + q.title(), DiscordLimits.CHOICE_NAME), q.id()))
          .toList();
      e.replyChoices(choices).queue();
    } catch (RuntimeException ex) {
      ErrorReference.report("autocomplete", ex);
      e.replyChoices(List.of()).queue();
    }
  }

  /** The question the command names, else the thread's daily question, else today's first. */
  static Optional<QuestionLocator.Located> located(QuestionLocator locator, SlashCommandInteractionEvent e) {
    return locator.forCommand(e.getGuild().getIdLong(), e.getOption(NAME, null, OptionMapping::getAsString),
        e.getMessageChannel());
  }
}
