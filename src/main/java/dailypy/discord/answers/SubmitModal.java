package dailypy.discord.answers;

import dailypy.app.App;
import dailypy.discord.interactions.ComponentId;
import dailypy.discord.interactions.ModalHandler;
import dailypy.discord.render.DiscordLimits;
import dailypy.discord.render.QuestionText;
import dailypy.questions.AnswerForm;
import dailypy.questions.Question;
import java.util.Optional;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.modals.Modal;

/**
 * The form {@code /submit} opens: code (or a predicted output), graded when it is sent. A form
 * opened before versioned ids ({@code submit:<question>}) is still graded.
 */
public final class SubmitModal implements ModalHandler {
  static final ComponentId.Format FORMAT = new ComponentId.Format("submit", 1, true);
  /** The most a form's text field holds. */
  public static final int MAX_ANSWER = 4000;
  private static final String FIELD = "code";
  private static final int TITLE = 45;

  private final App app;
  private final QuestionLocator locator;
  private final GradingFlow flow;

  public SubmitModal(App app, QuestionLocator locator, GradingFlow flow) {
    this.app = app;
    this.locator = locator;
    this.flow = flow;
  }

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
    e.deferReply().queue();
    // a form's text is the bare answer (a pasted ```python block is fine too)
    flow.start(GradingFlow.Job.own(q.get(), locator.todaysDaily(guild, q.get()), guild, user, text),
        new InteractionSink(e.getHook()));
  }
}
