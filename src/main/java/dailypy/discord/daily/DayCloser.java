package dailypy.discord.daily;

import dailypy.app.App;
import dailypy.discord.render.Embeds;
import dailypy.discord.render.ErrorReference;
import dailypy.discord.render.QuestionText;
import dailypy.progress.DailyPost;
import dailypy.progress.GuildSettings;
import dailypy.progress.Level;
import dailypy.questions.Question;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends the previous daily question of a level when the next one is posted: the solve count, the
 * quiz tally and the explanation go into its thread, or, when the thread is really gone, as a
 * reply to its post in the daily channel.
 */
record DayCloser(App app, ShardManager shards, RequestPacer pacer) {
  private static final Logger LOG = LoggerFactory.getLogger(DayCloser.class);
  /**
   * How many of the channel's most recently archived threads are searched for the day's thread:
   * one page of Discord's list. Yesterday's thread is among the latest archived, if archived.
   */
  static final int ARCHIVED_THREADS_SEARCHED = 100;

  /** Closes the level's latest daily post before {@code date}, if there is one. */
  void closeBefore(GuildSettings s, Level level, LocalDate date) {
    app.progress().previousDailyPost(s.guildId(), level, date).ifPresent(prev -> close(s, prev));
  }

  private void close(GuildSettings s, DailyPost prev) {
    Question q = app.questions().find(prev.questionId()).orElse(null);
    if (q == null) {
      return;
    }
    String text = Embeds.closing(q, app.progress().solveCount(prev),
        QuestionText.picksOption(q) ? app.progress().quizTally(prev) : Map.of());
    TextChannel channel = shards.getTextChannelById(s.channelId());
    Optional<ThreadChannel> thread = prev.threadId() == null ? Optional.empty() : thread(channel, prev.threadId());
    pacer.awaitUninterruptibly();
    if (thread.isPresent()) {
      // sending into an archived (not locked) thread reopens it
      thread.get().sendMessage(text).queue(null, e -> ErrorReference.report("closing thread " + prev.threadId(), e));
    } else if (channel != null && prev.messageId() != null) {
      channel.sendMessage(text).setMessageReference(prev.messageId())
          .queue(null, e -> ErrorReference.report("closing daily post " + prev.messageId(), e));
    }
  }

  /**
   * The thread from JDA's cache, else from the channel's archived threads: JDA caches only active
   * threads, so after a restart an archived thread is known to Discord only. JDA 6.5 has no public
   * "channel by id" request, so the archived list is searched instead.
   */
  private Optional<ThreadChannel> thread(TextChannel channel, long threadId) {
    ThreadChannel cached = shards.getThreadChannelById(threadId);
    if (cached != null) {
      return Optional.of(cached);
    }
    if (channel == null) {
      return Optional.empty();
    }
    try {
      pacer.awaitUninterruptibly();
      List<ThreadChannel> archived = channel.retrieveArchivedPublicThreadChannels()
          .limit(ARCHIVED_THREADS_SEARCHED).complete();
      return archived.stream().filter(t -> t.getIdLong() == threadId).findFirst();
    } catch (RuntimeException e) {
      LOG.warn("could not list the archived threads of channel {}: {}", channel.getId(), e.toString());
      return Optional.empty();
    }
  }
}
