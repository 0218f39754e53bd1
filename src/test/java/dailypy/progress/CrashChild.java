package dailypy.progress;

import dailypy.testing.MutableClock;
import dailypy.verdict.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Child process of {@link KilledWriterTest}: records
 * submissions and solves in a tight loop (bounded) and prints "committed &lt;id&gt;" after each
 * one returned, i.e. after its transaction committed.
 */
public final class CrashChild {
  private CrashChild() {}

  public static void main(String[] args) {
    String database = args[0]; // a file path or a PostgreSQL URL, as in progress.database
    int maxIterations = Integer.parseInt(args[1]);
    MutableClock clock = new MutableClock(Instant.parse("2026-01-01T12:00:00Z"));
    try (ProgressStore store = ProgressStore.open(database, clock)) {
      long guild = 7;
      for (int i = 0; i < maxIterations; i++) {
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        DailyPost post =
            store.posts().find(guild, Level.BASIC, day).filter(DailyPost::posted)
                .orElseGet(() -> {
                  DailyPost p = store.posts().claim(guild, Level.BASIC, day, "q" + day).post();
                  return store.posts().markPosted(p.id(), p.id() * 10, null);
                });
        long user = i % 5;
        Verdict v = i % 3 == 0 ? Verdict.FAILED : Verdict.PASSED;
        SubmissionOutcome o =
            store.submissions().record(new GradedSubmission(guild, user, post.questionId(),
                Level.BASIC, "lists", post.id(), "print(" + i + ")", v, 1, 1, "", 1));
        System.out.println("committed " + o.submissionId());
        System.out.flush();
        clock.advance(Duration.ofHours(2)); // a new day every 12 iterations
      }
    }
  }
}
