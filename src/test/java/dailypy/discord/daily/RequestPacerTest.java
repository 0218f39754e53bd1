package dailypy.discord.daily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestPacerTest {
  /** A clock the pacer's sleeps move forward, so no test waits. */
  private static final class FakeTime {
    long now = 1_000_000_000L;
    final List<Long> sleeps = new ArrayList<>();

    RequestPacer pacer(double perSecond) {
      return new RequestPacer(perSecond, () -> now, nanos -> {
        sleeps.add(nanos);
        now += nanos;
      });
    }
  }

  @Test
  void requestsAreSpacedEvenlyAtTheRate() throws InterruptedException {
    FakeTime time = new FakeTime();
    RequestPacer pacer = time.pacer(40);
    long start = time.now;
    for (int i = 0; i < 41; i++) {
      pacer.await();
    }
    // the first goes at once, the other 40 one 25 ms slot after another
    assertThat(time.now - start).isEqualTo(40 * 25_000_000L);
    assertThat(time.sleeps).hasSize(40).allMatch(n -> n == 25_000_000L);
  }

  @Test
  void aQuietSpellIsNotSavedUpForABurst() throws InterruptedException {
    FakeTime time = new FakeTime();
    RequestPacer pacer = time.pacer(10);
    pacer.await();
    time.now += 5_000_000_000L; // five quiet seconds
    long start = time.now;
    for (int i = 0; i < 11; i++) {
      pacer.await();
    }
    assertThat(time.now - start).as("eleven requests after the pause take a second, not an instant")
        .isEqualTo(1_000_000_000L);
  }

  @Test
  void slowCallersAreNotMadeToWait() throws InterruptedException {
    FakeTime time = new FakeTime();
    RequestPacer pacer = time.pacer(10);
    for (int i = 0; i < 5; i++) {
      pacer.await();
      time.now += 200_000_000L; // each request itself takes longer than a slot
    }
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void aPaceMustBePositive() {
    assertThatThrownBy(() -> new RequestPacer(0)).hasMessageContaining("above zero");
    assertThatThrownBy(() -> new RequestPacer(Double.NaN)).hasMessageContaining("above zero");
  }
}
