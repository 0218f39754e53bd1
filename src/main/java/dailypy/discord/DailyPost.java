package dailypy.discord;

import java.time.LocalDate;

/**
 * One posted (or claimed) daily question. {@code messageId} and {@code threadId} are 0 until the
 * message exists.
 */
public record DailyPost(
    long guildId, String level, LocalDate date, String questionId, long messageId, long threadId) {

  public boolean posted() {
    return messageId != 0;
  }
}
