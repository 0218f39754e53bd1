package dailypy.progress;

import dailypy.verdict.Verdict;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * The progress store benchmark (docs/benchmarks.md): fills one guild with {@code submissions}
 * graded answers from {@code users} users through the public API, spread over daily posts, and
 * measures recording latency and leaderboard/profile query latency on the full database.
 */
public final class StoreBenchmark {
  /** Latency summary in milliseconds. */
  public record Stats(String name, int samples, double p50, double p99, double max) {
    static Stats of(String name, long[] nanos) {
      long[] s = nanos.clone();
      Arrays.sort(s);
      return new Stats(
          name, s.length, ms(s[(int) (s.length * 0.50)]), ms(s[Math.min(s.length - 1,
              (int) Math.ceil(s.length * 0.99) - 1)]), ms(s[s.length - 1]));
    }

    private static double ms(long nanos) {
      return nanos / 1_000_000.0;
    }
  }

  /** All results of one run. */
  public record Result(long loadMillis, List<Stats> stats) {}

  private static final long GUILD = 1;
  /** Hints a benchmark question has: more than a user ever takes, so every hint is recorded. */
  private static final int HINTS = 1000;
  private static final String[] TOPICS = {
    "lists", "strings", "dicts-sets", "comprehensions", "recursion", "sorting-searching"
  };

  private final int users;
  private final int submissions;
  private final int queryRuns;
  private final long seed;

  public StoreBenchmark(int users, int submissions, int queryRuns, long seed) {
    if (users < 1 || submissions < 1 || queryRuns < 1) {
      throw new IllegalArgumentException("users, submissions and query runs must be positive");
    }
    this.users = users;
    this.submissions = submissions;
    this.queryRuns = queryRuns;
    this.seed = seed;
  }

  /** Runs against a new database at {@code file} and prints progress and a table to {@code out}. */
  public Result run(Path file, PrintStream out) {
    ZoneId zone = ZoneId.of("Europe/Berlin");
    LocalDate firstDay = LocalDate.of(2026, 1, 5);
    BenchClock clock = new BenchClock(firstDay.atTime(8, 0).atZone(zone).toInstant());
    Random rnd = new Random(seed);
    int perDay = 1000;
    int days = Math.max(1, (submissions + perDay - 1) / perDay);
    long[] record = new long[submissions];
    // CPU time of the recording thread: on a shared, overloaded machine the wall time's tail is
    // mostly waiting for a core, so both are reported.
    long[] recordCpu = new long[submissions];
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long started = System.nanoTime();
    try (ProgressStore store = ProgressStore.open(file, clock)) {
      store.guilds().save(GuildSettings.defaults(GUILD).withZone(zone).withChannel(10L));
      int n = 0;
      DailyPost[] today = new DailyPost[3];
      for (int d = 0; d < days && n < submissions; d++) {
        LocalDate day = firstDay.plusDays(d);
        clock.set(LocalDateTime.of(day, java.time.LocalTime.of(8, 0)).atZone(zone).toInstant());
        for (Level level : Level.values()) {
          DailyPost p =
              store.posts().claim(GUILD, level, day, level.id() + "-" + d).post();
          today[level.ordinal()] = store.posts().markPosted(p.id(), 1_000_000L + p.id(), null);
        }
        int count = Math.min(perDay, submissions - n);
        Duration step = Duration.ofMinutes(14 * 60).dividedBy(count);
        for (int i = 0; i < count; i++, n++) {
          clock.advance(step);
          // A skewed user mix: a core of regulars answers most days, the rest now and then.
          long user = rnd.nextInt(4) == 0 ? rnd.nextInt(users) : rnd.nextInt(Math.max(1, users / 10));
          DailyPost post = today[rnd.nextInt(3)];
          if (rnd.nextInt(10) == 0 && d > 0) {
            post = null; // a practice answer to an older question
          }
          if (rnd.nextInt(20) == 0) {
            store.hints().recordHint(GUILD, user, post == null ? "old-" + d : post.questionId(), HINTS);
          }
          Verdict v = rnd.nextInt(10) < 6 ? Verdict.PASSED : Verdict.FAILED;
          Level level = post == null ? Level.values()[rnd.nextInt(3)] : post.level();
          String question = post == null ? level.id() + "-" + rnd.nextInt(d) : post.questionId();
          GradedSubmission s =
              new GradedSubmission(GUILD, user, question, level, TOPICS[Math.floorMod(question.hashCode(), TOPICS.length)], post == null ? null : post.id(),
                  "def solve(xs):\n    return sorted(set(xs))\n".repeat(4), v, v.passed() ? 6 : 3,
                  6, "6 tests", 40 + rnd.nextInt(200));
          long c0 = threads.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          store.submissions().record(s);
          record[n] = System.nanoTime() - t0;
          recordCpu[n] = threads.getCurrentThreadCpuTime() - c0;
          if ((n + 1) % 10_000 == 0) {
            out.printf("  recorded %,d submissions%n", n + 1);
          }
        }
      }
      long loadMillis = (System.nanoTime() - started) / 1_000_000;
      Stats all = Stats.of("record submission (all " + n + ")", Arrays.copyOf(record, n));
      Stats cpu = Stats.of("record submission, CPU time (all " + n + ")",
          Arrays.copyOf(recordCpu, n));
      Stats last =
          Stats.of("record submission (last 10%)", Arrays.copyOfRange(record, n - Math.max(1, n / 10), n));
      List<Stats> cpuStats = new java.util.ArrayList<>();
      Stats weekly =
          time("weekly leaderboard top 10", i -> store.leaderboards().weekly(GUILD, 10), cpuStats);
      Stats allTime =
          time("all-time leaderboard top 10", i -> store.leaderboards().allTime(GUILD, 10), cpuStats);
      Random pick = new Random(seed + 1);
      Stats profile =
          time("profile (regular user)", i -> store.profiles().profile(GUILD, pick.nextInt(Math.max(1, users / 10))), cpuStats);
      Stats rare =
          time("profile (occasional user)", i -> store.profiles().profile(GUILD, users - 1 - pick.nextInt(Math.max(1, users / 2))), cpuStats);
      List<Stats> stats = new java.util.ArrayList<>(List.of(all, cpu, last, weekly, allTime, profile, rare));
      stats.addAll(cpuStats);
      Result result = new Result(loadMillis, List.copyOf(stats));
      print(result, out);
      return result;
    }
  }

  /** Wall time and CPU time of a query; {@code cpu} receives the CPU-time stats. */
  private Stats time(String name, IntConsumer query, List<Stats> cpu) {
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 0; i < Math.min(50, queryRuns); i++) {
      query.accept(i); // warm-up: JIT and SQLite page cache
    }
    long[] t = new long[queryRuns];
    long[] c = new long[queryRuns];
    for (int i = 0; i < queryRuns; i++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      query.accept(i);
      t[i] = System.nanoTime() - t0;
      c[i] = threads.getCurrentThreadCpuTime() - c0;
    }
    cpu.add(Stats.of(name + ", CPU time", c));
    return Stats.of(name, t);
  }

  private void print(Result r, PrintStream out) {
    out.printf("%nProgress store: %,d submissions, %,d users, loaded in %,d ms%n%n",
        submissions, users, r.loadMillis());
    out.println("| operation | samples | p50 ms | p99 ms | max ms |");
    out.println("|---|---:|---:|---:|---:|");
    for (Stats s : r.stats()) {
      out.printf("| %s | %d | %.3f | %.3f | %.3f |%n", s.name(), s.samples(), s.p50(), s.p99(), s.max());
    }
  }

  /** A clock the benchmark moves through simulated days. */
  private static final class BenchClock extends Clock {
    private Instant now;

    BenchClock(Instant start) {
      now = start;
    }

    void set(Instant t) {
      now = t;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
