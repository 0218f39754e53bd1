package dailypy.runner.graal;

import dailypy.runner.HarnessReply;
import dailypy.verdict.Verdict;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.function.Supplier;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * A worker's memory watchdog. It watches the old generation (the only pool that says something
 * about live data), blames a submission only for what it added since it started, and tells the
 * worker when its heap holds so much that it should be replaced.
 */
final class WorkerMemory {

  private static final double MEMORY_THRESHOLD = 0.80;
  private static final double SUBMISSION_SHARE = 0.25;
  private static final double RETIRE_SHARE = 0.60;
  /** Collect while idle only above this share of the old generation. */
  private static final double IDLE_COLLECT_SHARE = 0.70;

  private volatile boolean exceeded;
  /** Old-generation live data when the current submission started. */
  private volatile long baselineBytes;
  private volatile long idleBaselineBytes;
  private MemoryPoolMXBean oldGen;

  /** The reply of a submission stopped for its memory. */
  static HarnessReply reply() {
    return HarnessReply.Stopped.of(Verdict.MEMORY_LIMIT, "Your code used too much memory.");
  }

  /** Cancels the running context when live data in the old generation nears the heap cap. */
  void watch(Supplier<GraalSandbox.Prepared> running) {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      // Only the old generation says something about live data; young pools fill and empty
      // all the time.
      boolean old = pool.getName().contains("Old") || pool.getName().contains("Tenured");
      if (old && pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()
          && pool.getUsage().getMax() > 0) {
        pool.setCollectionUsageThreshold((long) (pool.getUsage().getMax() * MEMORY_THRESHOLD));
        this.oldGen = pool;
      }
    }
    NotificationEmitter emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
    emitter.addNotificationListener((notification, handback) -> {
      String type = notification.getType();
      if (type.equals(MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED)) {
        GraalSandbox.Prepared current = running.get();
        MemoryNotificationInfo info = MemoryNotificationInfo.from(
            (CompositeData) notification.getUserData());
        // Blame the submission only for what it added since it started; a heap that was already
        // full is the worker's problem and is handled by retiring the worker.
        long grown = info.getUsage().getUsed() - baselineBytes;
        if (current != null && grown > info.getUsage().getMax() * SUBMISSION_SHARE) {
          exceeded = true;
          current.cancel();
        }
      }
    }, null, null);
  }

  /** Whether the running submission was stopped for its memory. */
  boolean exceeded() {
    return exceeded;
  }

  void clearExceeded() {
    exceeded = false;
  }

  /** A session takes its interpreter: what it adds from now on is what it is blamed for. */
  void startSubmission() {
    exceeded = false;
    if (oldGen != null && oldGen.getCollectionUsage() != null) {
      // The fresher of the two: an idle-time measurement, or the last collection's.
      baselineBytes = Math.max(idleBaselineBytes, oldGen.getCollectionUsage().getUsed());
      idleBaselineBytes = 0;
    }
  }

  /**
   * While idle, collects and records the live data the worker holds before the next submission,
   * so the watchdog measures what a submission adds, not what earlier ones left behind.
   */
  void measureIdleBaseline() {
    if (oldGen != null) {
      // A full collection of the heap takes a few hundred milliseconds, and the next user
      // would wait for it; only a heap that is filling up is worth it. Without one, the
      // baseline includes garbage, which errs towards not blaming a submission (and a blamed
      // one is confirmed on a fresh worker anyway).
      if (oldGen.getUsage().getUsed() > oldGen.getUsage().getMax() * IDLE_COLLECT_SHARE) {
        System.gc();
      }
      idleBaselineBytes = oldGen.getUsage().getUsed();
    }
  }

  /**
   * Whether the heap holds too much after a submission (what a shared engine keeps over
   * thousands of contexts), so that the worker should be replaced.
   */
  boolean heapTooFull() {
    return oldGen != null && oldGen.getCollectionUsage() != null
        && oldGen.getCollectionUsage().getUsed() > oldGen.getUsage().getMax() * RETIRE_SHARE;
  }
}
