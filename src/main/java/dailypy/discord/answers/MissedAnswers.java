package dailypy.discord.answers;

import dailypy.app.App;
import dailypy.discord.daily.RequestPacer;
import dailypy.discord.render.ErrorReference;
import dailypy.progress.DailyPost;
import dailypy.progress.GuildSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageHistory;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Grades the answers a shard missed. Discord does not replay the messages posted while no session
 * of a shard was connected (a bot process killed and restarted, a session that could not resume),
 * and a killed process also loses the answers it had received and not answered yet. So whenever a
 * shard's session starts, this reads back today's daily channels of its guilds (the messages after
 * each daily post, in the channel and in the post's thread) and hands every answer with no result
 * message in the store to {@link AnswerMessages}, as if it had just been posted. An answer graded
 * twice this way is recorded once (the store keys submissions by answer message) and answered once:
 * a reply of the bot's to it found in the channel is edited, and a reply sent before the history
 * shows it is matched by its nonce ({@link ResultMessage}).
 *
 * <p>A channel whose latest message (as Discord reported it when the session started) is the daily
 * post itself is not read. The reads run on one thread of their own at half the daily fan-out's
 * pace, so a restart does not spend the bot's global rate limit at once, nor all of it when it
 * falls in the middle of a fan-out.
 */
public final class MissedAnswers implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MissedAnswers.class);
  /** Discord's largest page of channel history. */
  private static final int PAGE = 100;
  /** A day's channel rarely holds more; the read is bounded all the same. */
  private static final int MAX_PAGES = 50;

  private final App app;
  private final AnswerMessages answers;
  private final RequestPacer pacer;
  private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "missed-answers");
    t.setDaemon(true);
    return t;
  });

  /** @param fanOutPerSecond this process's daily fan-out pace; the reads take half of it */
  public MissedAnswers(App app, AnswerMessages answers, double fanOutPerSecond) {
    this.app = app;
    this.answers = answers;
    this.pacer = new RequestPacer(fanOutPerSecond / 2);
  }

  /** Reads back the shard's daily channels in the background; called when its session starts. */
  public void shardStarted(JDA shard) {
    if (!answers.readsMessages()) {
      return;
    }
    reader.execute(() -> {
      int found = 0;
      for (Guild guild : shard.getGuilds()) {
        try {
          found += catchUp(guild);
        } catch (RuntimeException e) {
          ErrorReference.report("reading back the answers of guild " + guild.getId(), e);
        }
      }
      if (found > 0) {
        LOG.info("shard {}: graded {} answer(s) posted while it was away", shard.getShardInfo().getShardId(), found);
      }
    });
  }

  private int catchUp(Guild guild) {
    long guildId = guild.getIdLong();
    GuildSettings settings = app.progress().settings(guildId).orElse(null);
    if (settings == null || settings.channelId() == null) {
      return 0;
    }
    int found = 0;
    for (DailyPost post : app.schedule().todaysPosts(guildId)) {
      if (post.messageId() == null) {
        continue;
      }
      List<GuildMessageChannel> channels = new ArrayList<>();
      addIfKnown(channels, guild.getChannelById(GuildMessageChannel.class, settings.channelId()));
      if (post.threadId() != null) {
        addIfKnown(channels, guild.getThreadChannelById(post.threadId()));
      }
      long self = guild.getJDA().getSelfUser().getIdLong();
      for (GuildMessageChannel channel : channels) {
        long latest = channel.getLatestMessageIdLong();
        if (latest != 0 && Long.compareUnsigned(latest, post.messageId()) <= 0) {
          continue; // Discord says nothing was posted after the daily post: no request needed
        }
        List<Message> messages = after(channel, post.messageId());
        // the bot's replies seen here, by the answer they reply to: edited rather than sent again
        Map<Long, Long> replies = new HashMap<>();
        for (Message m : messages) {
          if (m.getAuthor().getIdLong() == self && m.getMessageReference() != null) {
            replies.putIfAbsent(m.getMessageReference().getMessageIdLong(), m.getIdLong());
          }
        }
        for (Message m : messages) {
          if (answers.catchUp(guildId, channel, m, replies.get(m.getIdLong()))) {
            found++;
          }
        }
      }
    }
    return found;
  }

  private static void addIfKnown(List<GuildMessageChannel> channels, GuildMessageChannel channel) {
    if (channel != null) {
      channels.add(channel);
    }
  }

  /** The messages of a channel after {@code messageId}, oldest first, a page at a time. */
  private List<Message> after(GuildMessageChannel channel, long messageId) {
    pacer.awaitUninterruptibly();
    MessageHistory history = MessageHistory.getHistoryAfter(channel, Long.toUnsignedString(messageId))
        .limit(PAGE).complete();
    for (int page = 1; page < MAX_PAGES && history.size() == page * PAGE; page++) {
      pacer.awaitUninterruptibly();
      history.retrieveFuture(PAGE).complete();
    }
    return history.getRetrievedHistory().reversed();
  }

  @Override
  public void close() {
    reader.shutdownNow();
  }
}
