package dailypy.cli;

import dailypy.cli.config.ConfigException;
import dailypy.progress.GradingJobs;
import dailypy.progress.ProgressStoreException;
import dailypy.progress.StoreUrl;
import dailypy.questions.Question;
import dailypy.questions.QuestionBank;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench-queue}: measures the grading farm as it runs. Enqueues a burst of answers (a
 * question's reference solution) and waits until the running {@code tutor grader} processes have
 * graded them all, then reports enqueue-to-start of grading (the queue's overhead) and throughput.
 */
@Command(name = "bench-queue", mixinStandardHelpOptions = true,
    description = "Benchmark the grading farm: enqueue a burst of answers for the running graders,"
        + " report queue overhead (p50/p99) and throughput.")
public final class BenchQueueCommand implements Callable<Integer> {

  @Mixin
  FarmConfig farm;

  @Option(names = "--jobs", defaultValue = "200", description = "Answers in the burst (default: ${DEFAULT-VALUE}).")
  int jobs;

  @Option(names = "--question", defaultValue = "sum-of-list",
      description = "Question whose reference solution is the answer (default: ${DEFAULT-VALUE}).")
  String questionId;

  @Option(names = "--spacing-ms", defaultValue = "0",
      description = "Pause between enqueues; 0 sends the burst at once (default: ${DEFAULT-VALUE}).")
  long spacingMs;

  @Override
  public Integer call() throws Exception {
    StoreUrl location;
    Question q;
    try {
      FarmConfig.Loaded setup = farm.load("bench-queue");
      location = setup.store();
      q = setup.bank().find(questionId)
          .orElseThrow(() -> new ConfigException("no question " + questionId));
    } catch (ConfigException | IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    try (GradingJobs queue = GradingJobs.open(location)) {
      List<Long> ids = new ArrayList<>();
      for (int i = 0; i < jobs; i++) {
        ids.add(queue.enqueue(q.id(), q.solution()));
        if (spacingMs > 0) {
          Thread.sleep(spacingMs);
        }
      }
      long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
      while (queue.results(ids).size() < ids.size()) {
        if (System.nanoTime() > deadline) {
          System.err.println("bench-queue: not every job was graded in 30 minutes; are graders running?");
          return 1;
        }
        Thread.sleep(200);
      }
      GradingJobs.Timings t = queue.timings(ids.getFirst(), ids.getLast());
      System.out.printf(Locale.ROOT, "| jobs | enqueue→start p50 | p99 | enqueue→result p50 | p99 | throughput |%n");
      System.out.printf(Locale.ROOT, "| %d | %.1f ms | %.1f ms | %.0f ms | %.0f ms | %.2f jobs/s |%n",
          t.toStart().size(), pct(t.toStart(), 50), pct(t.toStart(), 99), pct(t.toResult(), 50),
          pct(t.toResult(), 99), t.toStart().size() / (t.spanMillis() / 1000.0));
      return 0;
    } catch (ProgressStoreException e) {
      System.err.println("bench-queue failed: " + e.getMessage());
      return 1;
    }
  }

  static double pct(List<Double> values, int p) {
    List<Double> sorted = values.stream().sorted().toList();
    if (sorted.isEmpty()) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }
}
