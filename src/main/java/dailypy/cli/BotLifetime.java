package dailypy.cli;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * How the bot process lives: until SIGTERM, SIGINT (Ctrl-C) or SIGHUP, then the bot's clean stop
 * ({@code close}: every grading in flight answered), then exit code 0.
 *
 * <p>The signals are handled instead of left to the JVM, because a JVM ended by a signal exits
 * with 128 + the signal's number (143 for SIGTERM) whatever its shutdown hooks do, and service
 * managers read that as a failure. A shutdown hook stays as a fallback for any other way the JVM
 * ends (another thread's {@code System.exit}): it runs the same stop.
 */
public final class BotLifetime {
  private static final Logger LOG = LoggerFactory.getLogger(BotLifetime.class);
  private static final List<String> STOP_SIGNALS = List.of("TERM", "INT", "HUP");

  private BotLifetime() {}

  /**
   * Blocks until a stop signal, then stops {@code bot} (whose close must be idempotent and wait
   * for a stop already under way) and returns the process's exit code.
   */
  public static int runUntilStopped(AutoCloseable bot) {
    CountDownLatch signalled = new CountDownLatch(1);
    AtomicReference<String> received = new AtomicReference<>();
    for (String name : STOP_SIGNALS) {
      try {
        Signal.handle(new Signal(name), s -> {
          received.compareAndSet(null, "SIG" + s.getName());
          signalled.countDown();
        });
      } catch (IllegalArgumentException e) { // the JVM keeps this one (e.g. run with -Xrs)
        LOG.debug("cannot handle SIG{}: {}", name, e.getMessage());
      }
    }
    Thread fallback = new Thread(() -> stop(bot), "bot-stop");
    Runtime.getRuntime().addShutdownHook(fallback);
    try {
      signalled.await();
      LOG.info("{} received: stopping the bot", received.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      LOG.info("interrupted: stopping the bot");
    }
    boolean clean = stop(bot);
    try {
      Runtime.getRuntime().removeShutdownHook(fallback);
    } catch (IllegalStateException alreadyShuttingDown) {
      // the fallback is running or ran the same (idempotent) stop
    }
    LOG.info("bot stopped");
    return clean ? 0 : 1;
  }

  private static boolean stop(AutoCloseable bot) {
    try {
      bot.close();
      return true;
    } catch (Exception e) {
      LOG.error("stopping the bot failed", e);
      return false;
    }
  }
}
