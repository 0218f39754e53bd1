package dailypy.discord.daily;

import dailypy.discord.render.Embeds;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;

/**
 * Finds a daily question the bot sent but never recorded. A crash, or a failed write, between
 * sending the post and recording it leaves the slot claimed but unposted; posting it again would
 * show the question twice, so the channel is read first.
 */
final class UnrecordedPost {
  /**
   * How many of the channel's latest messages are read. The slot is retried on the next tick,
   * so the lost post is recent; a channel busy enough to bury it gets a second post.
   */
  static final int MESSAGES_READ = 50;

  private UnrecordedPost() {}

  /** The bot's own post of {@code questionId} for {@code date} among the channel's latest messages. */
  static Optional<Message> find(TextChannel channel, String questionId, LocalDate date) {
    long self = channel.getJDA().getSelfUser().getIdLong();
    String footer = Embeds.dailyFooter(questionId, date);
    List<Message> latest = channel.getHistory().retrievePast(MESSAGES_READ).complete();
    return latest.stream()
        .filter(m -> m.getAuthor().getIdLong() == self)
        .filter(m -> m.getEmbeds().stream().map(MessageEmbed::getFooter)
            .anyMatch(f -> f != null && footer.equals(f.getText())))
        .findFirst();
  }
}
