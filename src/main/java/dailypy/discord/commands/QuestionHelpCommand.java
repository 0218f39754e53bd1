package dailypy.discord.commands;

import dailypy.app.App;
import dailypy.discord.answers.QuestionLocator;
import dailypy.discord.interactions.OffEventThread;
import dailypy.discord.interactions.SlashCommand;
import dailypy.discord.render.MessageEdits;
import dailypy.questions.Question;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * A private answer about one question (/hint, /explain): the question the command names, else the
 * thread's daily question, else today's first. The reply is deferred and the answer is written
 * off the event thread, since it reads the progress store; a command that finds no question says
 * how to name one.
 */
abstract class QuestionHelpCommand implements SlashCommand {
  protected final App app;
  private final QuestionLocator locator;
  private final SlashCommandData data;

  /** @param command the command's name and description; the question option is added here */
  QuestionHelpCommand(App app, QuestionLocator locator, SlashCommandData command) {
    this.app = app;
    this.locator = locator;
    this.data = command.addOptions(QuestionOption.data(false));
  }

  /** Edits the deferred private reply with this command's answer about {@code q}. */
  abstract void answer(SlashCommandInteractionEvent e, Question q);

  @Override
  public final SlashCommandData data() {
    return data;
  }

  @Override
  public final void onSlash(SlashCommandInteractionEvent e) {
    String name = data.getName();
    OffEventThread.reply(e, true, "/" + name, () -> {
      Optional<QuestionLocator.Located> l = QuestionOption.located(locator, e);
      if (l.isEmpty()) {
        e.getHook().editOriginal(MessageEdits.text("Which question? Use `/" + name
            + " question:<id>` or run it in a daily question's thread.")).queue();
        return;
      }
      answer(e, l.get().question());
    });
  }

  @Override
  public final void onAutocomplete(CommandAutoCompleteInteractionEvent e) {
    QuestionOption.complete(app.questions(), e);
  }
}
