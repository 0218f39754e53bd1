package dailypy.discord;

import java.time.Clock;
import java.time.LocalDate;

/** The services every handler uses, built once by the bot. */
public record BotContext(
    QuestionCatalog questions,
    AnswerGrader grader,
    ProgressPort progress,
    DiscordOptions options,
    Clock clock,
    GradingQueue queue) {

  /** Today's date in the guild's timezone (UTC for a guild that is not set up). */
  public LocalDate today(long guildId) {
    GuildSettings s = progress.settings(guildId).orElse(GuildSettings.defaults(guildId));
    return LocalDate.now(clock.withZone(s.zone()));
  }

  public GuildSettings settings(long guildId) {
    return progress.settings(guildId).orElse(GuildSettings.defaults(guildId));
  }
}
