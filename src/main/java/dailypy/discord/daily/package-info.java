/**
 * The daily posts: {@code DailyPoster} posts each guild's questions when due (the question of
 * each level is {@link dailypy.app.DailySchedule}'s), finds a post that was sent but never
 * recorded ({@code UnrecordedPost}), and closes the previous day's thread ({@code DayCloser}).
 */
package dailypy.discord.daily;
