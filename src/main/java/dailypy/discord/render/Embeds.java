package dailypy.discord.render;

import dailypy.grading.QuizGrading;
import dailypy.questions.Question;
import dailypy.questions.Reveal;
import java.awt.Color;
import java.time.LocalDate;
import java.util.Map;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Builds the embeds and texts of questions: question posts, explanations and the closing of a
 * day; a graded answer's embed is {@link ResultEmbed}'s. Pure functions of their inputs, so they
 * are unit-tested.
 */
public final class Embeds {
  private static final String SPOILER = "||";
  private static final String SPOILER_LABEL = "\n\n**Explanation** (spoiler): " + SPOILER;
  /** Below this, a cut explanation says nothing useful, so the closing leaves it out. */
  private static final int MIN_EXPLANATION = 20;

  private Embeds() {}

  public static Color levelColor(String level) {
    return switch (level) {
      case "basic" -> new Color(0x57F287);
      case "intermediate" -> new Color(0xFEE75C);
      case "advanced" -> new Color(0xED4245);
      default -> new Color(0x5865F2);
    };
  }

  /**
   * A daily question post. Its footer names the question and the date, so the bot can recognise
   * its own post in the channel when it was sent but never recorded.
   */
  public static MessageEmbed dailyQuestion(Question q, LocalDate date, boolean replyGrading) {
    return fit(questionBuilder(q, "📅 Daily question " + date, replyGrading).setFooter(dailyFooter(q.id(), date)));
  }

  /** The footer of a daily question post; {@link QuestionLocator} reads the id from its start. */
  public static String dailyFooter(String questionId, LocalDate date) {
    return "id: " + questionId + " · " + date;
  }

  /** A practice question post. */
  public static MessageEmbed question(Question q, String heading, boolean replyGrading) {
    return fit(questionBuilder(q, heading, replyGrading));
  }

  private static EmbedBuilder questionBuilder(Question q, String heading, boolean replyGrading) {
    EmbedBuilder e = new EmbedBuilder();
    e.setColor(levelColor(q.level()));
    e.setAuthor(DiscordLimits.truncate(heading + " · " + q.level() + " · " + q.topic(), 256));
    e.setTitle(DiscordLimits.title(q.title()));
    StringBuilder body = new StringBuilder(QuestionText.prompt(q));
    if (!QuestionText.starter(q).isBlank()) {
      body.append("\n\n**").append(q.kind().presentation(q).codeLabel()).append("**\n")
          .append(MarkdownSafe.codeBlock("python", QuestionText.starter(q), 1500));
    }
    e.setDescription(DiscordLimits.description(body.toString()));
    e.addField("How to answer", DiscordLimits.fieldValue(howToAnswer(q, replyGrading)), false);
    e.setFooter("id: " + q.id());
    return e;
  }

  static String howToAnswer(Question q, boolean replyGrading) {
    if (QuestionText.picksOption(q)) {
      return "Press the button with your answer. Only your first press counts; the tally is shown"
          + " when the day ends.";
    }
    // the option written as Discord's command box takes it
    String submit = "`/submit question:" + q.id() + "`";
    String how;
    if (!q.kind().answerForm().runsAnswer()) { // a prediction: a choice was answered above
      how = replyGrading
          ? "Reply in the thread (or to this message) with the exact output the snippet prints, as plain text"
              + " or in a code block, or use " + submit + " to type it."
          : "Use " + submit + " to type the exact output the snippet prints.";
    } else {
      how = replyGrading
          ? "Reply in the thread (or to this message) with your code in a block that starts with"
              + " \\`\\`\\`python, or use " + submit + " to paste it."
          : "Use " + submit + " to paste your code.";
    }
    return how + " `/hint` gives a nudge; `/explain` shows the answer (and forfeits the points).";
  }

  /**
   * Builds the embed, first shortening the description if the whole embed would pass Discord's
   * 6000-character total.
   */
  public static MessageEmbed fit(EmbedBuilder e) {
    int excess = e.length() - DiscordLimits.EMBED_TOTAL;
    if (excess > 0) {
      String d = e.getDescriptionBuilder().toString();
      e.setDescription(DiscordLimits.truncate(d, Math.max(0, d.length() - excess)));
    }
    return e.build();
  }

  /**
   * Closing message for the previous day's thread: solve count and the explanation in a spoiler.
   * Only the explanation is shortened to fit, so the spoiler always closes; a question without an
   * explanation gets no spoiler at all.
   */
  public static String closing(Question q, int solves, Map<Integer, Integer> tally) {
    StringBuilder s = new StringBuilder("🏁 **Day over!** ");
    s.append(solves == 1 ? "1 person solved" : solves + " people solved").append(" *").append(q.title()).append("*.");
    if (QuestionText.picksOption(q) && !q.options().isEmpty()) {
      s.append("\n").append(quizTally(q, tally));
    }
    String head = DiscordLimits.message(s.toString());
    String explanation = spoilerSafe(QuestionText.explanation(q));
    int room = DiscordLimits.MESSAGE - head.length() - SPOILER_LABEL.length() - SPOILER.length();
    if (explanation.isEmpty() || room < MIN_EXPLANATION) {
      return head;
    }
    return head + SPOILER_LABEL + DiscordLimits.truncate(explanation, room) + SPOILER;
  }

  /**
   * The text with no "||" left in it (a space goes between neighbouring pipes) and no pipe at
   * either end, so it cannot end the spoiler it is wrapped in.
   */
  static String spoilerSafe(String text) {
    String t = text == null ? "" : text.strip().replaceAll("\\|(?=\\|)", "| ");
    return (t.startsWith("|") ? " " : "") + t + (t.endsWith("|") ? " " : "");
  }

  /** The quiz tally, correct option marked. */
  public static String quizTally(Question q, Map<Integer, Integer> tally) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < q.options().size(); i++) {
      Question.Option o = q.options().get(i);
      s.append(o.correct() ? "✅ " : "▫️ ").append(QuizGrading.letter(i)).append(": ")
          .append(tally.getOrDefault(i, 0)).append('\n');
    }
    return s.toString().strip();
  }

  /** /explain: explanation and reference solution. */
  public static MessageEmbed explanation(Question q) {
    EmbedBuilder e = new EmbedBuilder();
    e.setColor(levelColor(q.level()));
    e.setTitle(DiscordLimits.title("Explanation: " + q.title()));
    e.setDescription(DiscordLimits.description(QuestionText.explanation(q)));
    Reveal reveal = q.kind().reveal(q);
    for (int i = 0; i < reveal.options().size() && i < DiscordLimits.MAX_FIELDS - 1; i++) {
      Question.Option o = reveal.options().get(i);
      e.addField((o.correct() ? "✅ " : "❌ ") + QuizGrading.letter(i),
          DiscordLimits.fieldValue(o.text() + "\n" + o.why()), false);
    }
    if (reveal.hasBlock()) {
      e.addField(reveal.label(), MarkdownSafe.codeBlock(reveal.language(), reveal.block(),
          DiscordLimits.FIELD_VALUE), false);
    }
    return fit(e);
  }
}
