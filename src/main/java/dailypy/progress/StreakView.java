package dailypy.progress;

import java.time.LocalDate;

/**
 * A user's streak as of today: missed days since {@code lastDay} already count against it.
 *
 * @param current consecutive days, 0 when lost
 * @param longest the longest streak ever
 * @param freezes freezes still held (0 to 2)
 * @param lastDay the last day credited, null if never
 */
public record StreakView(int current, int longest, int freezes, LocalDate lastDay) {}
