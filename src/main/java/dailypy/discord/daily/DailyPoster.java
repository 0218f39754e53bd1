package dailypy.discord.daily;

import dailypy.app.App;
import dailypy.app.DailySchedule;
import dailypy.discord.ShardRange;
import dailypy.discord.answers.QuizButton;
import dailypy.discord.render.DiscordLimits;
import dailypy.discord.render.Embeds;
import dailypy.discord.render.ErrorReference;
import dailypy.discord.render.QuestionText;
import dailypy.progress.DailyPost;
import dailypy.progress.GuildSettings;
import dailypy.progress.Level;
import dailypy.questions.Question;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts each guild's daily questions once per local day. The (guild, level, date) claim in the
 * progress store makes this idempotent across restarts; a bot that was down at post time posts
 * on its first tick later the same day. A slot claimed but not recorded as posted (the bot
 * stopped between sending and recording) is first looked for in the channel
 * ({@link UnrecordedPost}), so it is not sent twice. Posting a new day closes the previous day's
 * post ({@link DayCloser}).
 *
 * <p>Each process posts only for the guilds of its own shards ({@link ShardRange#owns}), so the
 * processes of a sharded bot share the work without coordination beyond the claim; a process that
 * takes over a moved range posts whatever its predecessor left due. Requests are paced
 * ({@link RequestPacer}) so a fan-out to thousands of guilds stays under Discord's global limit.
 */
public final class DailyPoster {
  private static final Logger LOG = LoggerFactory.getLogger(DailyPoster.class);

  private final App app;
  private final boolean replyGrading;
  private final ShardManager shards;
  private final ShardRange range;
  private final RequestPacer pacer;
  private final DayCloser closer;

  /**
   * @param replyGrading whether posts invite answers as replies (the bot reads messages)
   * @param range the shards this process holds; it posts for their guilds only
   * @param postsPerSecond the pace of this process's fan-out requests
   */
  public DailyPoster(App app, boolean replyGrading, ShardManager shards, ShardRange range, double postsPerSecond) {
    this.app = app;
    this.replyGrading = replyGrading;
    this.shards = shards;
    this.range = range;
    this.pacer = new RequestPacer(postsPerSecond);
    this.closer = new DayCloser(app, shards, pacer);
  }

  /** Posts whatever is due now in every configured guild of this process; failures are logged per guild. */
  public void tick() {
    for (GuildSettings s : app.progress().allSettings()) {
      try {
        // a guild whose shard is connecting is not in the cache yet: a later tick posts for it
        if (s.paused() || s.channelId() == null || !range.owns(s.guildId())
            || shards.getGuildById(s.guildId()) == null) {
          continue;
        }
        app.schedule().due(s).ifPresent(date -> postAll(s, date));
      } catch (RuntimeException e) {
        ErrorReference.report("daily post for guild " + s.guildId(), e);
      }
    }
  }

  /** Posts every enabled level for {@code date} now, regardless of post time; returns what was posted. */
  public synchronized List<String> postAll(GuildSettings s, LocalDate date) {
    return s.levels().stream().sorted()
        .filter(level -> post(s, level, date))
        .map(Level::id)
        .toList();
  }

  /** Posts one level's question unless it is already posted; true when a message was sent. */
  private boolean post(GuildSettings s, Level level, LocalDate date) {
    Optional<DailySchedule.Slot> slot = app.schedule().claim(s.guildId(), level, date);
    if (slot.isEmpty()) {
      LOG.warn("no {} question available for guild {}", level.id(), s.guildId());
      return false;
    }
    DailyPost claim = slot.get().post();
    if (claim.posted()) {
      return false;
    }
    Question q = app.questions().find(claim.questionId()).orElseThrow(
        () -> new IllegalStateException("claimed question " + claim.questionId() + " is not in the bank"));
    TextChannel channel = shards.getTextChannelById(s.channelId());
    if (channel == null) {
      LOG.warn("guild {}: daily channel {} not found", s.guildId(), s.channelId());
      return false;
    }
    // A slot claimed on an earlier tick may have been sent without being recorded.
    Optional<Message> unrecorded = slot.get().claimedEarlier() ? findUnrecorded(channel, q, date) : Optional.empty();
    Message sent = unrecorded.orElseGet(() -> {
      pacer.awaitUninterruptibly();
      return channel.sendMessage(message(s, q, date)).complete();
    });
    // recorded at once, so a failure below can never lead to a second post
    app.progress().markPosted(claim, sent.getIdLong(), null);
    if (s.threads()) {
      openThread(claim, level, date, q, sent);
    }
    LOG.info("guild {}: {} {} question {} for {}", s.guildId(), unrecorded.isPresent()
        ? "recorded the earlier unrecorded post of" : "posted", level.id(), q.id(), date);
    closer.closeBefore(s, level, date);
    return true;
  }

  private MessageCreateData message(GuildSettings s, Question q, LocalDate date) {
    MessageCreateBuilder message = new MessageCreateBuilder()
        .setEmbeds(Embeds.dailyQuestion(q, date, replyGrading))
        .setComponents(QuestionText.picksOption(q) ? QuizButton.rows(q) : List.of());
    if (s.pingRoleId() != null) {
      message.setContent("<@&" + Long.toUnsignedString(s.pingRoleId()) + ">");
      message.mentionRoles(s.pingRoleId());
    }
    return message.build();
  }

  /** The post's thread: the one a lost post may already have, else a new one. */
  private void openThread(DailyPost claim, Level level, LocalDate date, Question q, Message sent) {
    String name = DiscordLimits.truncate(date + " · " + level.id() + " · " + q.title(), DiscordLimits.THREAD_NAME);
    try {
      ThreadChannel thread = sent.getStartedThread();
      if (thread == null) {
        // a week, not a day: the closing message goes into this thread when the next day is
        // posted, and JDA caches only active threads (a restart forgets archived ones)
        pacer.awaitUninterruptibly();
        thread = sent.createThreadChannel(name)
            .setAutoArchiveDuration(ThreadChannel.AutoArchiveDuration.TIME_1_WEEK).complete();
      }
      app.progress().markPosted(claim, sent.getIdLong(), thread.getIdLong());
    } catch (RuntimeException e) {
      ErrorReference.report("opening the thread for guild " + claim.guildId() + " " + level.id(), e);
    }
  }

  /** The channel's unrecorded post of this slot; empty (so it is posted) when history can't be read. */
  private static Optional<Message> findUnrecorded(TextChannel channel, Question q, LocalDate date) {
    try {
      return UnrecordedPost.find(channel, q.id(), date);
    } catch (RuntimeException e) {
      LOG.warn("could not read the recent messages of channel {}: {}", channel.getId(), e.toString());
      return Optional.empty();
    }
  }

}
