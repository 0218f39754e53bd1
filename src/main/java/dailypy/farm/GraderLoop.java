package dailypy.farm;

import dailypy.progress.GradingJobs;
import dailypy.runner.RunResult;
import dailypy.verdict.Verdict;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One grader: takes a job, grades it, records the result, and takes the next; when the queue is
 * empty it waits for a NOTIFY (or {@link #IDLE_POLL}, which also finds jobs whose grader died). A
 * job delivered more than {@link #MAX_ATTEMPTS} times (it kills its graders) is answered with an
 * error instead of being graded again.
 */
public final class GraderLoop implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(GraderLoop.class);

  /** How often an idle grader looks at the table without a notification. */
  static final Duration IDLE_POLL = Duration.ofMillis(500);

  static final int MAX_ATTEMPTS = 3;

  /** Reports each job this loop takes and finishes (the tests' and the metrics' hook). */
  public interface Events {
    Events NONE = new Events() {};

    default void started(GradingJobs.Job job) {}

    default void finished(GradingJobs.Job job, boolean recorded) {}
  }

  /**
   * What the graders of one process share, and how any of them handles a job it claimed.
   *
   * @param lease how long a job is its grader's before another may take it: longer than any
   *     grading (the runner's wall-time backstop), short enough that a dead grader's job waits little
   */
  public record Work(GradingJobs jobs, JobGrader grader, Duration lease, Events events) {

    void handle(GradingJobs.Job job) {
      events.started(job);
      RunResult result;
      if (job.attempts() > MAX_ATTEMPTS) {
        LOG.warn("grading job {} was delivered {} times; answering with an error", job.id(),
            job.attempts());
        result = RunResult.of(Verdict.ERROR, "This answer could not be graded: grading it failed"
            + " repeatedly. Please try a different answer.", "farm");
      } else {
        result = grader.grade(job.questionId(), job.answer());
      }
      boolean recorded = jobs.complete(job.id(), ResultCodec.write(result));
      if (!recorded) {
        LOG.info("grading job {} already had a result (redelivered); kept the first", job.id());
      }
      events.finished(job, recorded);
    }
  }

  private final Work work;
  private final String name;
  private final AtomicBoolean running = new AtomicBoolean(true);

  /** @param name this grader's name in the queue (who holds a job) and in the logs */
  public GraderLoop(Work work, String name) {
    this.work = work;
    this.name = name;
  }

  @Override
  public void run() {
    try (GradingJobs.Listener wakeups = work.jobs().listen(GradingJobs.JOBS)) {
      while (running.get() && !Thread.currentThread().isInterrupted()) {
        try {
          Optional<GradingJobs.Job> job = work.jobs().claim(name, work.lease());
          if (job.isPresent()) {
            work.handle(job.get());
          } else {
            wakeups.await(IDLE_POLL);
          }
        } catch (RuntimeException e) {
          // The database went away for a moment: log with a reference and keep going.
          RetryPause.after(LOG, "grader " + name, e, IDLE_POLL);
        }
      }
    }
  }

  /** Finishes the job in hand, then stops. */
  public void stop() {
    running.set(false);
  }
}
