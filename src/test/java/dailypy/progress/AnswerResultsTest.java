package dailypy.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bot's result message per answer message: saved, replaced, pruned, and kept on disk; whether
 * the answer got its final message; and an answer message recorded once however often it is graded.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class AnswerResultsTest {
  @Parameter StoreKind kind;
  @TempDir Path dir;
  StoreFixture f;

  @BeforeEach
  void open() {
    f = new StoreFixture(kind, dir, 42L, ZoneId.of("UTC"));
  }

  @AfterEach
  void close() {
    f.store.close();
  }

  @Test
  void aSavedResultMessageIsFoundOnlyInItsGuild() {
    AnswerResults results = f.store.answerResults();
    assertThat(results.find(f.guild, 100)).isEmpty();
    results.save(f.guild, 100, 200);
    assertThat(results.find(f.guild, 100)).hasValue(200);
    assertThat(results.find(f.guild + 1, 100)).isEmpty();
    assertThat(results.find(f.guild, 101)).isEmpty();
  }

  @Test
  void aNewReplyReplacesTheRememberedResultMessage() {
    f.store.answerResults().save(f.guild, 100, 200);
    f.store.answerResults().save(f.guild, 100, 300);
    assertThat(f.store.answerResults().find(f.guild, 100)).hasValue(300);
  }

  @Test
  void resultMessagesOlderThanTheKeepTimeArePrunedWhenAnotherIsSaved() {
    f.store.answerResults().save(f.guild, 100, 200);
    f.clock.set(f.clock.instant().plus(AnswerResults.KEEP).plus(Duration.ofMinutes(1)));
    f.store.answerResults().save(f.guild, 101, 201);
    assertThat(f.store.answerResults().find(f.guild, 100)).isEmpty();
    assertThat(f.store.answerResults().find(f.guild, 101)).hasValue(201);
  }

  @Test
  void resultMessagesSurviveReopeningTheStore() {
    f.store.answerResults().save(f.guild, 100, 200);
    f.store.close();
    try (ProgressStore reopened = ProgressStore.open(f.location, f.clock)) {
      assertThat(reopened.answerResults().find(f.guild, 100)).hasValue(200);
    }
    f = new StoreFixture(f.location, 42L, ZoneId.of("UTC"));
  }

  @Test
  void anAnswerIsAnsweredOnlyOnceItsFinalMessageIsSavedAndStaysSo() {
    AnswerResults results = f.store.answerResults();
    results.save(f.guild, 100, 200); // "queued": a status line
    assertThat(results.answered(f.guild, 100)).isFalse();
    results.save(f.guild, 100, 200, true); // the result
    assertThat(results.answered(f.guild, 100)).isTrue();
    results.save(f.guild, 100, 300); // an edit of the answer replies anew with a status line
    assertThat(results.answered(f.guild, 100)).isTrue();
    assertThat(results.find(f.guild, 100)).hasValue(300);
    assertThat(results.answered(f.guild + 1, 100)).isFalse();
  }

  @Test
  void anAnswerMessageGradedTwiceIsRecordedAndAwardedOnce() {
    DailyPost post = f.post(Level.BASIC, java.time.LocalDate.of(2026, 1, 1), "sum-of-list");
    SubmissionOutcome first = f.store.submissions().record(answer(post, 900L, "return sum(xs)"));
    SubmissionOutcome again = f.store.submissions().record(answer(post, 900L, "return sum(xs)"));
    assertThat(first.solved()).isTrue();
    assertThat(first.totalAwarded()).isEqualTo(15);
    assertThat(again.submissionId()).as("the first recording's").isEqualTo(first.submissionId());
    assertThat(again.solved()).isTrue();
    assertThat(again.totalAwarded()).as("what the first recording earned, shown again").isEqualTo(15);
    assertThat(again.streakAfter()).isEqualTo(1);
    assertThat(f.store.profiles().profile(f.guild, 7L).points()).as("awarded once").isEqualTo(15);
    // an edit of the message is a new attempt: recorded, and here a re-solve worth nothing
    SubmissionOutcome edited = f.store.submissions().record(answer(post, 900L, "return sum(xs)  # tidy"));
    assertThat(edited.submissionId()).isNotEqualTo(first.submissionId());
    assertThat(edited.resolve()).isTrue();
    // answers from forms carry no message id and are never taken for one another
    SubmissionOutcome form = f.store.submissions().record(answer(post, null, "return sum(xs)"));
    assertThat(form.submissionId()).isNotEqualTo(first.submissionId());
  }

  private GradedSubmission answer(DailyPost post, Long messageId, String code) {
    return new GradedSubmission(f.guild, 7L, post.questionId(), post.level(), "lists", post.id(), code,
        dailypy.verdict.Verdict.PASSED, 3, 3, "", 12, messageId);
  }
}
