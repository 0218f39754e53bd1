package dailypy.farm;

import dailypy.runner.GraderFailure;
import java.time.Duration;
import org.slf4j.Logger;

/**
 * What a farm thread does when the shared database fails under it (a restart, a dropped
 * connection): log the failure with a reference, then wait before trying again, so an outage
 * costs a line a pause rather than a busy loop of errors. An interrupt ends the wait and stays
 * set, for the thread's loop to see.
 */
final class RetryPause {
  private RetryPause() {}

  static void after(Logger log, String what, RuntimeException failure, Duration pause) {
    GraderFailure.report(log, what, failure);
    try {
      Thread.sleep(pause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
