package dailypy.progress;

/** One row of a leaderboard; ranks are 1, 2, 3, ... with ties already broken. */
public record LeaderboardEntry(int rank, long userId, int points, int solved) {}
