package dailypy.app;

import dailypy.progress.DailyPost;
import dailypy.progress.GuildSettings;
import dailypy.progress.Level;
import dailypy.questions.Question;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The daily questions of a guild (or of the local player): which question each level gets on a
 * date, claimed once so a restart gets the same one, drawn from the questions still fresh in the
 * level's cycle (none repeats until the pool is used up, none comes two days in a row).
 */
public final class DailySchedule {
  private final App app;

  DailySchedule(App app) {
    this.app = app;
  }

  /**
   * A level's slot on a date.
   *
   * @param claimedEarlier the slot was claimed before this call (by an earlier tick, perhaps
   *     sent but never recorded as posted)
   */
  public record Slot(DailyPost post, boolean claimedEarlier) {}

  /**
   * The level's slot on {@code date}: the one already claimed, else a fresh question claimed now.
   * Empty when the level has no question this server can grade.
   */
  public Optional<Slot> claim(long guildId, Level level, LocalDate date) {
    Optional<DailyPost> existing = app.progress().dailyPost(guildId, level, date);
    if (existing.isPresent()) {
      return Optional.of(new Slot(existing.get(), true));
    }
    List<String> fresh =
        app.progress().freshQuestions(guildId, level, app.questions().dailyPool(level.id()));
    return app.questions().pickDaily(fresh)
        .map(q -> new Slot(app.progress().claimDailyPost(guildId, level, date, q.id()), false));
  }

  /** The date whose questions are due in the guild now, empty before its post time. */
  public Optional<LocalDate> due(GuildSettings s) {
    return LocalTime.now(app.clock().withZone(s.zone())).isBefore(s.postTime())
        ? Optional.empty() : Optional.of(app.progress().today(s.guildId()));
  }

  /** Today's daily posts of the guild's levels, basic first. */
  public List<DailyPost> todaysPosts(long guildId) {
    LocalDate today = app.progress().today(guildId);
    return app.progress().settingsOrDefaults(guildId).levels().stream().sorted()
        .flatMap(level -> app.progress().dailyPost(guildId, level, today).stream())
        .toList();
  }

  /** Today's daily post in this guild if it is for this question. */
  public Optional<DailyPost> todaysPost(long guildId, Question q) {
    return app.progress().dailyPost(guildId, Level.parse(q.level()), app.progress().today(guildId))
        .filter(p -> p.questionId().equals(q.id()));
  }
}
