package dailypy.discord.answers;

import dailypy.app.App;
import dailypy.discord.interactions.ComponentId;
import dailypy.discord.interactions.ModalHandler;
import dailypy.discord.render.DiscordLimits;
import dailypy.discord.render.ErrorReference;
import dailypy.discord.render.MarkdownSafe;
import dailypy.discord.render.QuestionText;
import dailypy.questions.AnswerForm;
import dailypy.questions.Question;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * The form {@code /submit} opens: code (or a predicted output), graded when it is sent. A form
 * opened before versioned ids ({@code submit:<question>}) is still graded.
 */
public record SubmitModal(App app, QuestionLocator locator, GradingFlow flow) implements ModalHandler {
  static final ComponentId.Format FORMAT = new ComponentId.Format("submit", 1, true);
  /** The most a form's text field holds. */
  public static final int MAX_ANSWER = 4000;
  private static final String FIELD = "code";
  private static final int TITLE = 45;

  /** The form for a question, its starter code filled in. */
  public static Modal form(Question q) {
    AnswerForm form = q.kind().answerForm();
    String starter = QuestionText.starter(q);
    TextInput code = TextInput.create(FIELD, TextInputStyle.PARAGRAPH)
        .setPlaceholder(form.runsAnswer() ? "def ..." : "Type " + form.whatToSend())
        .setRequiredRange(1, MAX_ANSWER)
        .setValue(starter.isBlank() ? null : DiscordLimits.truncate(starter, MAX_ANSWER))
        .build();
    return Modal.create(FORMAT.id(q.id()).encode(),
            DiscordLimits.truncate("Answer: " + q.title(), TITLE))
        .addComponents(Label.of(form.fieldLabel(), code))
        .build();
  }

  @Override
  public ComponentId.Format format() {
    return FORMAT;
  }

  @Override
  public void onModal(ModalInteractionEvent e, ComponentId id) {
    Optional<Question> q = app.questions().find(id.arg(0));
    if (q.isEmpty()) {
      e.reply("That question no longer exists.").setEphemeral(true).queue();
      return;
    }
    String text = e.getValue(FIELD) == null ? "" : e.getValue(FIELD).getAsString();
    long guild = e.getGuild().getIdLong();
    long user = e.getUser().getIdLong();
    // a form's text is the bare answer (a pasted ```python block is fine too); the hook's edits
    // wait for the acknowledgement below
    GradingQueue.Admission admission = flow.tryStart(
        GradingFlow.Job.own(q.get(), locator.todaysDaily(guild, q.get()), guild, user, text),
        new InteractionSink(e.getHook()));
    if (admission instanceof GradingQueue.Accepted) {
      e.deferReply().queue();
      return;
    }
    // not now (cooling down, still grading, restarting): said privately, and the typed answer
    // comes back so nothing is lost
    e.reply(refused(GradingQueue.refusal(admission), text, q.get().kind().answerForm())).setEphemeral(true)
        .queue(null, x -> ErrorReference.report("answering a refused form", x));
  }

  /**
   * A refusal with the user's answer in a code block, to send again later; an answer too long for
   * one message is cut in the block and attached in full.
   */
  static MessageCreateData refused(String refusal, String answer, AnswerForm form) {
    String language = form.runsAnswer() ? "python" : "";
    String name = "answer" + form.fileSuffix();
    String intro = refusal + "\nHere is your answer, to send again with `/submit`:";
    String whole = MarkdownSafe.codeBlock(language, answer.stripTrailing(), Integer.MAX_VALUE);
    int room = DiscordLimits.MESSAGE - intro.length() - 1;
    MessageCreateBuilder m = new MessageCreateBuilder();
    if (whole.length() <= room) {
      return m.setContent(intro + "\n" + whole).build();
    }
    String cut = refusal + "\nHere is your answer (in full in " + name + "), to send again with `/submit`:";
    m.setContent(cut + "\n" + MarkdownSafe.codeBlock(language, answer.stripTrailing(),
        DiscordLimits.MESSAGE - cut.length() - 1));
    return m.addFiles(FileUpload.fromData(answer.getBytes(StandardCharsets.UTF_8), name)).build();
  }
}
