package dailypy.discord.commands;

import dailypy.app.QuestionCatalog;
import dailypy.discord.answers.SubmitModal;
import dailypy.discord.interactions.SlashCommand;
import dailypy.discord.render.MarkdownSafe;
import dailypy.discord.render.QuestionText;
import dailypy.questions.Question;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** /submit: opens the answer form for a question ({@link SubmitModal} grades it). */
public final class SubmitCommand implements SlashCommand {
  private final QuestionCatalog questions;

  public SubmitCommand(QuestionCatalog questions) {
    this.questions = questions;
  }

  @Override
  public SlashCommandData data() {
    return Commands.slash("submit", "Submit an answer in a form").addOptions(QuestionOption.data(true));
  }

  @Override
  public void onSlash(SlashCommandInteractionEvent e) {
    String id = e.getOption(QuestionOption.NAME, "", OptionMapping::getAsString).strip();
    Optional<Question> q = questions.find(id);
    if (q.isEmpty()) {
      e.reply("No question with id " + MarkdownSafe.inlineCode(id, 100) + ". Pick one from the list.")
          .setEphemeral(true).queue();
      return;
    }
    if (QuestionText.picksOption(q.get())) {
      e.reply("That one is a quiz: answer with the buttons under the question.").setEphemeral(true).queue();
      return;
    }
    e.replyModal(SubmitModal.form(q.get())).queue();
  }

  @Override
  public void onAutocomplete(CommandAutoCompleteInteractionEvent e) {
    QuestionOption.complete(questions, e);
  }
}
