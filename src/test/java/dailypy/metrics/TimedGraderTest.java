package dailypy.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.grading.Grader;
import dailypy.questions.Question;
import dailypy.runner.RunResult;
import dailypy.verdict.Verdict;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TimedGraderTest {
  @Test
  void everyGradingIsTimedByVerdictAndBackendAndCountedWhileItRuns() throws Exception {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Grader slow = new Grader() {
      @Override
      public RunResult grade(Question question, String answer) {
        entered.countDown();
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return RunResult.of(answer.equals("ok") ? Verdict.PASSED : Verdict.FAILED, "", "cpython");
      }

      @Override
      public Gradability gradability(Question question) {
        return Gradability.YES;
      }
    };
    TimedGrader timed = new TimedGrader(slow, registry);
    Question q = dailypy.discord.support.SampleQuestions.ADD;
    Thread running = Thread.ofVirtual().start(() -> timed.grade(q, "ok"));
    assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(registry.get("answers_grading").gauge().value()).isEqualTo(1.0);
    release.countDown();
    running.join(10_000);
    timed.grade(q, "wrong");
    assertThat(registry.get("answers_grading").gauge().value()).isZero();
    assertThat(registry.get("answer_latency").tag("verdict", "PASSED").tag("backend", "cpython").timer().count())
        .isEqualTo(1);
    assertThat(registry.get("answer_latency").tag("verdict", "FAILED").timer().count()).isEqualTo(1);
  }
}
