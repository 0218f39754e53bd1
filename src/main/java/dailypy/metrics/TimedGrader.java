package dailypy.metrics;

import dailypy.grading.Grader;
import dailypy.questions.Question;
import dailypy.runner.RunResult;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A grader that times every grading ({@code answer_latency}, by verdict and backend, with p50 and
 * p99; for a bot on the farm this includes the queue) and counts those in flight ({@code answers_grading}). It wraps the process's real grader,
 * local or queued, so a bot and a grader report the same meters.
 */
public final class TimedGrader implements Grader {
  private final Grader grader;
  private final MeterRegistry registry;
  private final AtomicInteger inFlight = new AtomicInteger();

  public TimedGrader(Grader grader, MeterRegistry registry) {
    this.grader = grader;
    this.registry = registry;
    registry.gauge("answers_grading", inFlight);
  }

  @Override
  public RunResult grade(Question question, String answer) {
    long start = System.nanoTime();
    inFlight.incrementAndGet();
    RunResult result = null;
    try {
      result = grader.grade(question, answer);
      return result;
    } finally {
      inFlight.decrementAndGet();
      Timer.builder("answer_latency")
          .description("Time from handing an answer to the grader to its result")
          .tag("verdict", result == null ? "exception" : result.verdict().name())
          .tag("backend", result == null || result.backend() == null || result.backend().isBlank() ? "none"
              : result.backend())
          .publishPercentiles(0.5, 0.99)
          .register(registry)
          .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
  }

  @Override
  public CompletableFuture<Void> ready() {
    return grader.ready();
  }

  @Override
  public Gradability gradability(Question question) {
    return grader.gradability(question);
  }
}
