package dailypy.discord.daily;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.grading.Grader;
import dailypy.grading.RunnerGrader;
import dailypy.testing.WarmingRunner;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** No daily post goes out before the runner can grade; the first goes out as soon as it can. */
class DailySchedulerTest {

  @Test
  void theFirstCheckWaitsForTheGraderAndRunsAsSoonAsItIsReady() throws Exception {
    WarmingRunner runner = new WarmingRunner();
    Grader grader = new RunnerGrader(runner);
    AtomicInteger checks = new AtomicInteger();
    CountDownLatch twice = new CountDownLatch(2);

    try (DailyScheduler scheduler = DailyScheduler.start(grader.ready(), () -> {
      checks.incrementAndGet();
      twice.countDown();
    }, Duration.ofMillis(5))) {
      // Many check intervals pass while the runner warms up: nothing may be posted.
      Thread.sleep(200);
      assertThat(checks).hasValue(0);

      runner.readiness.complete(null);

      assertThat(twice.await(10, TimeUnit.SECONDS)).as("checks after readiness").isTrue();
    }
  }

  @Test
  void aBotStoppedWhileTheGraderWarmsUpPostsNothing() throws Exception {
    WarmingRunner runner = new WarmingRunner();
    AtomicInteger checks = new AtomicInteger();

    DailyScheduler scheduler = DailyScheduler.start(new RunnerGrader(runner).ready(),
        checks::incrementAndGet, Duration.ofMillis(5));
    scheduler.close();
    runner.readiness.complete(null);
    Thread.sleep(100);

    assertThat(checks).hasValue(0);
  }
}
