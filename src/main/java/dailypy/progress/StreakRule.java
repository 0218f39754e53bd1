package dailypy.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * Streak arithmetic, free of storage so it can be tested directly. Days are guild-local dates.
 * "Missed days" are only days on which the guild posted a daily question (see Days).
 */
final class StreakRule {
  static final int DAYS_PER_FREEZE = 7;
  static final int MAX_FREEZES = 2;

  private StreakRule() {}

  /** Stored streak state; {@code lastDay} is null for a user who never had a streak. */
  record State(int current, int longest, int freezes, LocalDate lastDay) {
    static final State NONE = new State(0, 0, 0, null);
  }

  /** What crediting a day did. */
  record Credit(
      State after, boolean credited, int shownBefore, List<LocalDate> frozenDays, boolean earned) {}

  /**
   * Credits {@code day} (a day's daily question was solved on its day). {@code missed} are the
   * guild's post days strictly between the last credited day and {@code day}, ascending. Each
   * missed day uses one freeze; if freezes run out the streak restarts at 1.
   */
  static Credit credit(State before, LocalDate day, List<LocalDate> missed) {
    if (before.lastDay() != null && !day.isAfter(before.lastDay())) {
      return new Credit(before, false, before.current(), List.of(), false);
    }
    int used = Math.min(missed.size(), before.freezes());
    boolean broken = before.lastDay() == null || missed.size() > before.freezes();
    int current = broken ? 1 : before.current() + 1;
    int freezes = before.freezes() - used;
    boolean earned = current % DAYS_PER_FREEZE == 0 && freezes < MAX_FREEZES;
    if (earned) {
      freezes++;
    }
    State after = new State(current, Math.max(before.longest(), current), freezes, day);
    int shownBefore = before.lastDay() == null || missed.size() > before.freezes() ? 0 : before.current();
    return new Credit(after, true, shownBefore, List.copyOf(missed.subList(0, used)), earned);
  }

  /**
   * The streak as a user should see it on a day when {@code missedSoFar} post days have passed
   * since the last credited day: freezes cover them, or the streak is already lost.
   */
  static StreakView view(State s, int missedSoFar) {
    if (s.lastDay() == null) {
      return new StreakView(0, s.longest(), 0, null);
    }
    if (missedSoFar > s.freezes()) {
      return new StreakView(0, s.longest(), 0, s.lastDay());
    }
    return new StreakView(s.current(), s.longest(), s.freezes() - missedSoFar, s.lastDay());
  }
}
