package dailypy.discord;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts each guild's daily questions once per local day. The (guild, level, date) claim in the
 * progress store makes this idempotent across restarts; a bot that was down at post time posts
 * on its first tick later the same day. Posting a new day closes the previous day's post
 * ({@link DayCloser}).
 */
final class DailyPoster {
  private static final Logger LOG = LoggerFactory.getLogger(DailyPoster.class);

  private final BotContext ctx;
  private final JDA jda;
  private final DayCloser closer;

  DailyPoster(BotContext ctx, JDA jda) {
    this.ctx = ctx;
    this.jda = jda;
    this.closer = new DayCloser(ctx, jda);
  }

  /** Posts whatever is due now in every configured guild; failures are logged per guild. */
  void tick() {
    for (GuildSettings s : ctx.progress().allSettings()) {
      try {
        if (s.paused() || s.channelId() == 0 || jda.getGuildById(s.guildId()) == null) {
          continue;
        }
        ZonedDateTime now = ZonedDateTime.now(ctx.clock().withZone(s.zone()));
        if (due(now.toLocalTime(), s.postTime())) {
          postAll(s, now.toLocalDate());
        }
      } catch (RuntimeException e) {
        ErrorReference.report("daily post for guild " + s.guildId(), e);
      }
    }
  }

  /** Posts every enabled level for {@code date} now, regardless of post time; returns what was posted. */
  synchronized List<String> postAll(GuildSettings s, LocalDate date) {
    return s.levels().stream().sorted(QuestionLocator::byLevel)
        .filter(level -> post(s, level, date))
        .toList();
  }

  /** Posts one level's question unless it is already posted; true when a message was sent. */
  private boolean post(GuildSettings s, String level, LocalDate date) {
    Optional<DailyPost> existing = ctx.progress().dailyPost(s.guildId(), level, date);
    if (existing.isPresent() && existing.get().posted()) {
      return false;
    }
    String questionId = existing.map(DailyPost::questionId).or(() -> pickFresh(s.guildId(), level)).orElse(null);
    if (questionId == null) {
      LOG.warn("no {} question available for guild {}", level, s.guildId());
      return false;
    }
    DailyPost claim = ctx.progress().claimDailyPost(s.guildId(), level, date, questionId);
    if (claim.posted()) {
      return false;
    }
    BotQuestion q = ctx.questions().find(claim.questionId()).orElseThrow(
        () -> new IllegalStateException("claimed question " + claim.questionId() + " is not in the bank"));
    TextChannel channel = jda.getTextChannelById(s.channelId());
    if (channel == null) {
      LOG.warn("guild {}: daily channel {} not found", s.guildId(), s.channelId());
      return false;
    }
    MessageCreateBuilder message = new MessageCreateBuilder()
        .setEmbeds(Embeds.question(q, "📅 Daily question " + date, ctx.options().messageContent()))
        .setComponents(q.isQuiz() ? QuizButtons.rows(q) : List.of());
    if (s.pingRoleId() != 0) {
      message.setContent("<@&" + Long.toUnsignedString(s.pingRoleId()) + ">");
      message.mentionRoles(s.pingRoleId());
    }
    Message sent = channel.sendMessage(message.build()).complete();
    // recorded at once, so a failure below can never lead to a second post
    ctx.progress().markPosted(s.guildId(), level, date, sent.getIdLong(), 0);
    if (s.threads()) {
      String name = DiscordLimits.truncate(date + " · " + level + " · " + q.title(), DiscordLimits.THREAD_NAME);
      try {
        // a week, not a day: the closing message goes into this thread when the next day is
        // posted, and JDA caches only active threads (a restart forgets archived ones)
        ThreadChannel thread = sent.createThreadChannel(name)
            .setAutoArchiveDuration(ThreadChannel.AutoArchiveDuration.TIME_1_WEEK).complete();
        ctx.progress().markPosted(s.guildId(), level, date, sent.getIdLong(), thread.getIdLong());
      } catch (RuntimeException e) {
        ErrorReference.report("opening the thread for guild " + s.guildId() + " " + level, e);
      }
    }
    LOG.info("guild {}: posted {} question {} for {}", s.guildId(), level, q.id(), date);
    closer.closeBefore(s, level, date);
    return true;
  }

  /** A question still fresh in the level's cycle (the store keeps the cycle), chosen at random. */
  private Optional<String> pickFresh(long guildId, String level) {
    List<String> fresh = ctx.progress().freshQuestions(guildId, level, ctx.questions().dailyPool(level));
    return ctx.questions().pickDaily(fresh).map(BotQuestion::id);
  }

  static boolean due(LocalTime now, LocalTime postTime) {
    return !now.isBefore(postTime);
  }
}
