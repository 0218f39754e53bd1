package dailypy.discord.answers;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class GradingQueueTest {

  @Test
  void oneGradingInFlightPerUserThenACooldown() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    GradingQueue queue = new GradingQueue(2, Duration.ofSeconds(5), clock);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(1);
    assertThat(queue.submit(1, () -> {
      await(release);
      done.countDown();
    })).isInstanceOf(GradingQueue.Accepted.class);
    assertThat(queue.submit(1, () -> { })).isInstanceOf(GradingQueue.AlreadyGrading.class);
    assertThat(queue.submit(2, () -> { })).isInstanceOf(GradingQueue.Accepted.class);
    release.countDown();
    assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
    waitUntilIdle(queue);
    GradingQueue.Admission again = queue.submit(1, () -> { });
    assertThat(again).isInstanceOf(GradingQueue.CoolingDown.class);
    assertThat(GradingQueue.refusal(again)).contains("5 s");
    clock.advance(Duration.ofSeconds(6));
    assertThat(queue.submit(1, () -> { })).isInstanceOf(GradingQueue.Accepted.class);
    assertThat(queue.shutdown(Duration.ofSeconds(5))).isTrue();
  }

  @Test
  void reportsHowManyAreAheadWhenAllThreadsAreBusy() throws Exception {
    GradingQueue queue = new GradingQueue(1, Duration.ZERO, new MutableClock(Instant.EPOCH));
    CountDownLatch release = new CountDownLatch(1);
    assertThat(queue.submit(1, () -> await(release))).isEqualTo(new GradingQueue.Accepted(0));
    assertThat(queue.submit(2, () -> { })).isEqualTo(new GradingQueue.Accepted(1));
    assertThat(queue.submit(3, () -> { })).isEqualTo(new GradingQueue.Accepted(2));
    release.countDown();
    assertThat(queue.shutdown(Duration.ofSeconds(5))).isTrue();
  }

  @Test
  void shutdownLetsGradingsInFlightFinishAndRefusesNewOnes() throws Exception {
    GradingQueue queue = new GradingQueue(1, Duration.ZERO, new MutableClock(Instant.EPOCH));
    AtomicBoolean finished = new AtomicBoolean();
    queue.submit(1, () -> {
      sleep(200);
      finished.set(true);
    });
    assertThat(queue.shutdown(Duration.ofSeconds(5))).isTrue();
    assertThat(finished).isTrue();
    assertThat(queue.submit(2, () -> { })).isInstanceOf(GradingQueue.ShuttingDown.class);
  }

  private static void waitUntilIdle(GradingQueue queue) throws InterruptedException {
    for (int i = 0; i < 200 && queue.waiting() > 0; i++) {
      Thread.sleep(10);
    }
    Thread.sleep(20);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
