package dailypy.farm;

import dailypy.grading.Grader;
import dailypy.progress.GradingJobs;
import dailypy.questions.Question;
import dailypy.runner.GraderFailure;
import dailypy.runner.RunResult;
import dailypy.verdict.Verdict;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Grader} of a bot with no local workers: each answer becomes a job in the shared
 * queue, and the call returns when a grader has recorded its result. One thread listens for
 * {@link GradingJobs#DONE} notifications and, every {@link #POLL}, also reads the results of the
 * jobs still waiting, so a notification lost with a connection delays a result, never loses it.
 * Each job's result is handed to exactly one caller, once: the bot posts it as it would a local
 * result.
 */
public final class QueuedGrader implements Grader, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(QueuedGrader.class);

  static final Duration POLL = Duration.ofSeconds(1);

  private final GradingJobs jobs;
  private final Duration timeout;
  private final Map<Long, CompletableFuture<RunResult>> waiting = new ConcurrentHashMap<>();
  private final Thread listener;
  private volatile boolean open = true;

  /** @param timeout how long a caller waits for a result before it is told grading failed */
  public QueuedGrader(GradingJobs jobs, Duration timeout) {
    this.jobs = jobs;
    this.timeout = timeout;
    this.listener = Thread.ofPlatform().daemon().name("grading-results").start(this::listen);
  }

  @Override
  public RunResult grade(Question question, String answer) {
    CompletableFuture<RunResult> result = new CompletableFuture<>();
    long id;
    try {
      id = jobs.enqueue(question.id(), answer);
    } catch (RuntimeException e) {
      return RunResult.of(Verdict.ERROR, GraderFailure.report(LOG, "queueing an answer", e), "farm");
    }
    waiting.put(id, result);
    try {
      return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return RunResult.of(Verdict.ERROR, GraderFailure.report(LOG, "waiting for grading job " + id,
          "no grader answered in " + timeout.toSeconds() + " s"), "farm");
    } catch (ExecutionException e) {
      return RunResult.of(Verdict.ERROR, GraderFailure.report(LOG, "grading job " + id, e.getCause()), "farm");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return RunResult.of(Verdict.ERROR, "Grading was interrupted (the bot is stopping).", "farm");
    } finally {
      waiting.remove(id);
    }
  }

  /** The farm decides: a grader that cannot grade a question answers with the reason. */
  @Override
  public Gradability gradability(Question question) {
    return Gradability.YES;
  }

  private void listen() {
    while (open) {
      try (GradingJobs.Listener done = jobs.listen(GradingJobs.DONE)) {
        while (open) {
          done.await(POLL); // the ids are not needed: every waiting job is looked up below
          deliver();
        }
      } catch (RuntimeException e) {
        if (open) {
          RetryPause.after(LOG, "listening for grading results", e, POLL);
        }
      }
    }
  }

  private void deliver() {
    if (waiting.isEmpty()) {
      return;
    }
    Set<Long> ids = new HashSet<>(waiting.keySet());
    for (var e : jobs.results(ids).entrySet()) {
      CompletableFuture<RunResult> f = waiting.remove(e.getKey());
      if (f != null) {
        try {
          f.complete(ResultCodec.read(e.getValue()));
        } catch (RuntimeException bad) {
          f.completeExceptionally(bad);
        }
      }
    }
  }

  @Override
  public void close() {
    open = false;
    listener.interrupt();
  }
}
