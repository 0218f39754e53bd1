package dailypy.progress;

import dailypy.testing.MutableClock;
import dailypy.verdict.Verdict;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Helpers shared by the store tests: post a daily question, submit an answer at a local time. */
final class StoreFixture {
  final StoreUrl location;
  final ProgressStore store;
  final MutableClock clock;
  final long guild;
  ZoneId zone;

  /** A fixture over a fresh store of {@code kind}. */
  StoreFixture(StoreKind kind, Path dir, long guild, ZoneId zone) {
    this(kind.fresh(dir), guild, zone);
  }

  /** A fixture over the store at {@code location} (reopened when it exists). */
  StoreFixture(StoreUrl location, long guild, ZoneId zone) {
    this.location = location;
    this.clock = new MutableClock(java.time.Instant.parse("2026-01-01T00:00:00Z"));
    this.store = ProgressStore.open(location, clock);
    this.guild = guild;
    setZone(zone);
  }

  void setZone(ZoneId newZone) {
    this.zone = newZone;
    store.guilds().save(store.guilds().get(guild).withZone(newZone));
  }

  void at(LocalDateTime local) {
    clock.set(local.atZone(zone).toInstant());
  }

  /** Claims and posts the daily question of {@code date}, returning its post. */
  DailyPost post(Level level, LocalDate date, String questionId) {
    DailyPost p = store.posts().claim(guild, level, date, questionId).post();
    return store.posts().markPosted(p.id(), 1000 + p.id(), null);
  }

  SubmissionOutcome submit(long user, DailyPost post, Verdict verdict) {
    return store
        .submissions()
        .record(
            new GradedSubmission(
                guild, user, post.questionId(), post.level(), "lists", post.id(), "print(1)",
                verdict, verdict.passed() ? 3 : 1, 3, "", 12));
  }

  SubmissionOutcome practice(long user, String question, Level level, String topic, Verdict v) {
    return store
        .submissions()
        .record(
            new GradedSubmission(
                guild, user, question, level, topic, null, "x = 1", v, v.passed() ? 1 : 0, 1, "",
                5));
  }
}
