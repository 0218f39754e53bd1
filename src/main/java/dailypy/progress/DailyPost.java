package dailypy.progress;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One daily question slot of a guild: (guild, level, local date) is unique.
 *
 * @param messageId the Discord message, null until {@link DailyPosts#markPosted} is called
 * @param threadId the answer thread, null when threads are off or not yet created
 * @param postedAt when the post was made, null while only claimed
 */
public record DailyPost(
    long id,
    long guildId,
    Level level,
    LocalDate date,
    String questionId,
    Long messageId,
    Long threadId,
    Instant claimedAt,
    Instant postedAt) {

  public boolean posted() {
    return postedAt != null;
  }
}
