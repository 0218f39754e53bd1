package dailypy.practice;

import dailypy.app.Answering;
import dailypy.app.App;
import dailypy.app.Player;
import dailypy.progress.DailyPost;
import dailypy.progress.GuildSettings;
import dailypy.progress.Level;
import dailypy.progress.Profile;
import dailypy.questions.Question;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The local user ({@link Player#LOCAL}) of practice mode, over the same application layer as the
 * bot: their progress is kept in the same SQLite file under a guild of their own, which has a
 * daily question per level in the computer's timezone, so practice keeps a streak by the same
 * rules as Discord.
 */
public final class LocalPlayer {
  private static final Player LOCAL = Player.LOCAL;

  private final App app;

  public LocalPlayer(App app) {
    this.app = app;
  }

  /** Days follow this timezone; changing it neither skips nor doubles a day (see rules.md). */
  public void useTimezone(ZoneId zone) {
    GuildSettings current = app.progress().settingsOrDefaults(LOCAL.guildId());
    if (!current.zone().equals(zone)) {
      app.progress().saveSettings(current.withZone(zone));
    }
  }

  public LocalDate today() {
    return app.progress().today(LOCAL.guildId());
  }

  /**
   * Today's question of each level, chosen once a day (a restart gets the same ones) as the bot
   * chooses them ({@link dailypy.app.DailySchedule}); a question this computer cannot grade is left
   * out.
   */
  public List<Question> todaysQuestions(List<String> levels) {
    LocalDate today = today();
    List<Question> out = new ArrayList<>();
    for (String name : levels) {
      app.schedule().claim(LOCAL.guildId(), Level.parse(name), today)
          .flatMap(slot -> app.questions().find(slot.post().questionId()))
          .filter(app.questions()::gradable)
          .ifPresent(out::add);
    }
    return out;
  }

  private Optional<DailyPost> todaysPost(Question q) {
    return app.schedule().todaysPost(LOCAL.guildId(), q);
  }

  /** Whether {@code q} is one of today's questions. */
  public boolean isToday(Question q) {
    return todaysPost(q).isPresent();
  }

  /** Grades and records an answer; today's question counts for the streak. */
  public Answering.Answered answer(Question q, String answer) {
    return app.answering().answer(LOCAL, q, todaysPost(q).orElse(null), answer, true);
  }

  /** The next hint, recorded; empty when the question has none. */
  public Optional<Answering.Hint> hint(Question q) {
    return app.answering().hint(LOCAL, q);
  }

  /** Records a reveal; true when it forfeited the question's points. */
  public boolean reveal(Question q) {
    return app.progress().recordReveal(LOCAL.guildId(), LOCAL.userId(), q.id());
  }

  public boolean hasSolved(Question q) {
    return app.progress().hasSolved(LOCAL.guildId(), LOCAL.userId(), q.id());
  }

  public Profile profile() {
    return app.progress().profile(LOCAL.guildId(), LOCAL.userId());
  }
}
