package dailypy.practice;

import dailypy.grading.QuestionPicker;
import dailypy.grading.TestSummary;
import dailypy.progress.DailyPost;
import dailypy.progress.GradedSubmission;
import dailypy.progress.GuildSettings;
import dailypy.progress.Level;
import dailypy.progress.Profile;
import dailypy.progress.ProgressStore;
import dailypy.progress.SubmissionOutcome;
import dailypy.questions.Question;
import dailypy.questions.QuestionBank;
import dailypy.runner.RunResult;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The local user's progress, kept in the same SQLite file as the bot's under a guild of its own
 * (id 0, which no Discord guild has). The local "server" has a daily question per level in the
 * computer's timezone, so practice keeps a streak by the same rules as Discord.
 */
public final class LocalPlayer {
  /** Discord ids are positive snowflakes, so 0 never clashes with a real guild. */
  public static final long LOCAL_GUILD = 0;
  public static final long LOCAL_USER = 1;

  private final ProgressStore store;
  private final QuestionBank bank;
  private final QuestionPicker picker;

  public LocalPlayer(ProgressStore store, QuestionBank bank, QuestionPicker picker) {
    this.store = store;
    this.bank = bank;
    this.picker = picker;
  }

  /** Days follow this timezone; changing it neither skips nor doubles a day (see rules.md). */
  public void useTimezone(ZoneId zone) {
    GuildSettings current = store.guilds().get(LOCAL_GUILD);
    if (!current.zone().equals(zone)) {
      store.guilds().save(current.withZone(zone));
    }
  }

  public LocalDate today() {
    return store.guilds().today(LOCAL_GUILD);
  }

  /**
   * Today's question of each level, chosen once a day (a restart gets the same ones) from the
   * questions still fresh in the level's cycle, as the bot chooses: none repeats until the level's
   * pool is exhausted, and none comes two days in a row.
   */
  public List<Question> todaysQuestions(List<String> levels) {
    LocalDate today = today();
    List<Question> out = new ArrayList<>();
    for (String name : levels) {
      Level level = Level.parse(name);
      Optional<DailyPost> post = store.posts().find(LOCAL_GUILD, level, today);
      if (post.isEmpty()) {
        List<String> fresh = store.history().unused(LOCAL_GUILD, level, picker.gradableIds(name));
        Optional<Question> pick = picker.pickAmong(fresh);
        if (pick.isEmpty()) {
          continue;
        }
        post = Optional.of(store.posts().claim(LOCAL_GUILD, level, today, pick.get().id()).post());
      }
      bank.find(post.get().questionId()).filter(picker::gradable).ifPresent(out::add);
    }
    return out;
  }

  /** Whether {@code q} is one of today's questions. */
  public boolean isToday(Question q) {
    return store.posts().find(LOCAL_GUILD, Level.parse(q.level()), today())
        .map(p -> p.questionId().equals(q.id())).orElse(false);
  }

  /** Records a graded answer; today's question counts for the streak. */
  public SubmissionOutcome record(Question q, String answer, RunResult r) {
    Long postId = store.posts().find(LOCAL_GUILD, Level.parse(q.level()), today())
        .filter(p -> p.questionId().equals(q.id())).map(DailyPost::id).orElse(null);
    return store.submissions().record(new GradedSubmission(LOCAL_GUILD, LOCAL_USER, q.id(),
        Level.parse(q.level()), q.topic(), postId, answer, r.verdict(), (int) r.passedCount(),
        r.tests().size(), TestSummary.of(r), r.durationMillis()));
  }

  /** Records a hint and returns how many the user has now taken on the question. */
  public int takeHint(Question q) {
    return store.submissions().recordHint(LOCAL_GUILD, LOCAL_USER, q.id());
  }

  public int hintsTaken(Question q) {
    return store.submissions().hintsTaken(LOCAL_GUILD, LOCAL_USER, q.id());
  }

  /** Records a reveal; true when it forfeited the question's points. */
  public boolean reveal(Question q) {
    return store.submissions().recordReveal(LOCAL_GUILD, LOCAL_USER, q.id());
  }

  public boolean hasSolved(Question q) {
    return store.submissions().hasSolved(LOCAL_GUILD, LOCAL_USER, q.id());
  }

  public Profile profile() {
    return store.profiles().profile(LOCAL_GUILD, LOCAL_USER);
  }
}
