package dailypy.app;

import dailypy.app.ProgressPort.Submission;
import dailypy.grading.QuizGrading;
import dailypy.progress.DailyPost;
import dailypy.progress.Level;
import dailypy.progress.SubmissionOutcome;
import dailypy.questions.Question;
import dailypy.runner.GraderFailure;
import dailypy.runner.RunResult;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answering a question, for both front ends: grade → record → award. Typed answers, chat answers,
 * answer files and quiz buttons all end here, so points and streaks follow one path.
 */
public final class Answering {
  private static final Logger LOG = LoggerFactory.getLogger(Answering.class);

  private final App app;

  Answering(App app) {
    this.app = app;
  }

  /**
   * What answering did.
   *
   * @param award what recording earned; null when nothing was recorded (not an attempt, someone
   *     else's answer, or saving failed)
   * @param saveFailure the reference of a failed save (logged with the details), else null
   */
  public record Answered(RunResult result, SubmissionOutcome award, String saveFailure) {}

  /**
   * Grades {@code answer} (the bare answer: code, a quiz letter or an output prediction; a pasted
   * fenced block is fine too) and, when {@code record} is set and it was an attempt, records it.
   * The grader never throws for user input; a failure to save is reported in the result, so the
   * user still sees the verdict.
   *
   * @param daily the daily post this answers, or null
   */
  public Answered answer(Player player, Question q, DailyPost daily, String answer, boolean record) {
    return answer(player, q, daily, answer, record, null);
  }

  /**
   * The same for an answer posted as a chat message: {@code answerMessageId} is recorded with it,
   * so grading the same message again (a bot catching up after a restart, a grading job delivered
   * twice) awards nothing twice.
   */
  public Answered answer(Player player, Question q, DailyPost daily, String answer, boolean record,
      Long answerMessageId) {
    RunResult result = app.grader().grade(q, answer);
    if (!record || !result.verdict().isAttempt()) {
      return new Answered(result, null, null);
    }
    try {
      return new Answered(result, app.progress().recordSubmission(
          submission(player, q, daily, answer, result, answerMessageId)), null);
    } catch (RuntimeException e) {
      String reference = GraderFailure.newReference();
      LOG.error("saving an answer to {} for {} failed, reference {}", q.id(), player, reference, e);
      return new Answered(result, null, reference);
    }
  }

  /** What pressing a quiz button did. */
  public sealed interface QuizPress {
    /** The question is gone, or it has no such option. */
    record Unavailable() implements QuizPress {}

    /** The daily quiz's day is over; nothing is recorded. */
    record DayOver(Question question, int correct) implements QuizPress {}

    /** Only a user's first press on a daily quiz counts. */
    record AlreadyAnswered() implements QuizPress {}

    /**
     * A counted press.
     *
     * @param award what it earned when it answered a daily quiz; null for a practice quiz
     */
    record Counted(Question question, int option, boolean correct, SubmissionOutcome award)
        implements QuizPress {}
  }

  /**
   * A quiz button: the first press on a daily quiz is recorded and counts like any other answer
   * for points and streaks; a practice quiz is only graded.
   *
   * @param daily the daily post the button is on, or null for a practice quiz
   */
  public QuizPress pressQuiz(Player player, String questionId, int option, DailyPost daily) {
    Optional<Question> found = app.questions().find(questionId);
    if (found.isEmpty() || option < 0 || option >= found.get().options().size()) {
      return new QuizPress.Unavailable();
    }
    Question q = found.get();
    if (daily != null && daily.date().isBefore(app.progress().today(player.guildId()))) {
      return new QuizPress.DayOver(q, QuizGrading.correctIndex(q));
    }
    if (daily != null && !app.progress().recordQuizAnswer(daily, player.userId(), option)) {
      return new QuizPress.AlreadyAnswered();
    }
    RunResult result = QuizGrading.gradeQuiz(q, option);
    SubmissionOutcome award = daily == null ? null : app.progress().recordSubmission(
        submission(player, q, daily, String.valueOf(QuizGrading.letter(option)), result, null));
    return new QuizPress.Counted(q, option, result.verdict().passed(), award);
  }

  /**
   * A hint shown.
   *
   * @param number which hint, 1-based
   * @param again true when every hint was taken already: the last one is shown again, for free
   */
  public record Hint(Question question, int number, String text, boolean again) {
    public int total() {
      return question.hints().size();
    }
  }

  /**
   * The next hint of a question, recorded (each hint taken before solving costs points), or the
   * last one again once all are taken. Empty when the question has no hints.
   */
  public Optional<Hint> hint(Player player, Question q) {
    int total = q.hints().size();
    if (total == 0) {
      return Optional.empty();
    }
    OptionalInt taken = app.progress().recordHint(player.guildId(), player.userId(), q.id(), total);
    int number = Math.min(taken.orElse(total), total);
    return Optional.of(new Hint(q, number, q.hints().get(number - 1), taken.isEmpty()));
  }

  private static Submission submission(Player player, Question q, DailyPost daily, String answer,
      RunResult result, Long answerMessageId) {
    return new Submission(player, q.id(), Level.parse(q.level()), q.topic(), daily, answer, result,
        answerMessageId);
  }
}
