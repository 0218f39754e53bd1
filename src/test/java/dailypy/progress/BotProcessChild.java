package dailypy.progress;

import dailypy.testing.MutableClock;
import dailypy.verdict.Verdict;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One "bot process" of {@link ProcessesTest}: on a shared PostgreSQL store, for each of a run of
 * days, it claims the day's post (naming its own question, so a doubled claim would show) and
 * records a passing answer from every user, as a bot that graded them would. It starts when the
 * parent writes a line, so both processes race from the same moment. Bounded by its arguments.
 *
 * <p>Arguments: store URL, process name, days, users, user order ("up" or "down").
 */
public final class BotProcessChild {
  static final long GUILD = 77;
  static final LocalDate FIRST_DAY = LocalDate.of(2026, 6, 1);

  private BotProcessChild() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String name = args[1];
    int days = Integer.parseInt(args[2]);
    int users = Integer.parseInt(args[3]);
    boolean up = "up".equals(args[4]);
    MutableClock clock = new MutableClock(FIRST_DAY.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC));
    try (ProgressStore store = ProgressStore.open(url, clock)) {
      System.out.println("ready");
      System.out.flush();
      new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      for (int d = 0; d < days; d++) {
        LocalDate day = FIRST_DAY.plusDays(d);
        clock.set(day.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC));
        DailyPosts.Claim claim = store.posts().claim(GUILD, Level.BASIC, day, "q-" + day + "-" + name);
        if (claim.created()) {
          store.posts().markPosted(claim.post().id(), 1000 + claim.post().id(), null);
        }
        System.out.println("claim " + day + " " + claim.post().id() + " " + claim.created());
        for (int i = 0; i < users; i++) {
          long user = up ? i + 1 : users - i;
          clock.set(day.atTime(13, 0).plusSeconds(i).toInstant(java.time.ZoneOffset.UTC));
          DailyPost post = claim.post();
          store.submissions().record(new GradedSubmission(GUILD, user, post.questionId(),
              Level.BASIC, "lists", post.id(), "print(" + user + ")", Verdict.PASSED, 1, 1, "", 1));
        }
      }
      System.out.println("done " + Instant.now());
    }
  }
}
