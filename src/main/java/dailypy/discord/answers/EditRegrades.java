package dailypy.discord.answers;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Grades edits of answers. An edit is never refused: when the queue cannot take it yet (the
 * author is cooling down, or still being graded) it waits and is graded as soon as the queue
 * allows, and the result message keeps its old result until then. Each answer message has at
 * most one waiting edit; a newer edit replaces its text. Waiting is bounded: in number of
 * answers, and in tries, after which the user is asked to edit again. Answers a restarted bot
 * catches up on ({@link MissedAnswers}) wait the same way: their authors did nothing too soon.
 */
public final class EditRegrades implements AutoCloseable {
  /** Answers whose edits may wait at once; beyond that an edit is told to wait and retry. */
  static final int MAX_WAITING = 1000;
  /** How often to look again while the author's previous answer is being graded. */
  static final Duration WHILE_GRADING = Duration.ofMillis(500);
  /** Added to the cooldown left, so the retry does not arrive a hair too early. */
  static final Duration MARGIN = Duration.ofMillis(50);
  /** Tries before giving up: about five minutes of the author's previous grading in flight. */
  static final int MAX_TRIES = 600;

  static final String GIVEN_UP = "⏳ I couldn't grade your edit yet. Edit the answer again in a minute to retry.";
  static final String RESTARTING = "🔧 The bot is restarting, so your edit wasn't graded. Edit the answer again"
      + " in a minute to have it graded.";

  /** @param what what the user is told was received: "edit" or "answer" */
  private record Waiting(GradingFlow.Job job, ResultSink sink, int tries, String what) {}

  private final GradingFlow flow;
  private final ScheduledExecutorService timer;
  /** Answer message id → its newest edit waiting to be graded. Guarded by {@code this}. */
  private final Map<Long, Waiting> waiting = new HashMap<>();

  public EditRegrades(GradingFlow flow) {
    this.flow = flow;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "edit-regrades");
      t.setDaemon(true);
      return t;
    });
  }

  /** Grades the edited answer now, or as soon as the queue takes it. */
  void grade(long answerId, GradingFlow.Job job, ResultSink sink) {
    grade(answerId, job, sink, "edit");
  }

  /** Grades an answer found on catching up now, or as soon as the queue takes it. */
  void gradeMissed(long answerId, GradingFlow.Job job, ResultSink sink) {
    grade(answerId, job, sink, "answer");
  }

  private synchronized void grade(long answerId, GradingFlow.Job job, ResultSink sink, String what) {
    Waiting earlier = waiting.get(answerId);
    if (earlier != null) {
      // its retry is already scheduled; the newest text is the one graded
      waiting.put(answerId, new Waiting(job, sink, earlier.tries(), earlier.what()));
      return;
    }
    GradingQueue.Admission admission = flow.tryStart(job, sink);
    if (!(admission instanceof GradingQueue.Accepted)) {
      waitFor(answerId, new Waiting(job, sink, 0, what), admission);
    }
  }

  /** Drops a waiting edit: the answer's newest text is not gradable (no code, a quiz). */
  synchronized void cancel(long answerId) {
    waiting.remove(answerId);
  }

  /** Edits waiting to be graded. */
  public synchronized int waiting() {
    return waiting.size();
  }

  private synchronized void retry(long answerId) {
    Waiting w = waiting.remove(answerId);
    if (w == null) {
      return;
    }
    GradingQueue.Admission admission = flow.tryStart(w.job(), w.sink());
    if (!(admission instanceof GradingQueue.Accepted)) {
      waitFor(answerId, new Waiting(w.job(), w.sink(), w.tries() + 1, w.what()), admission);
    }
  }

  /** Schedules the next try, or tells the user why there is none. Called holding the lock. */
  private void waitFor(long answerId, Waiting w, GradingQueue.Admission refused) {
    Duration delay = switch (refused) {
      case GradingQueue.CoolingDown c -> c.left().plus(MARGIN);
      case GradingQueue.AlreadyGrading x -> WHILE_GRADING;
      default -> null; // shutting down: there is no later
    };
    if (delay == null) {
      w.sink().fail(GradingQueue.refusal(refused));
      return;
    }
    if (w.tries() >= MAX_TRIES || waiting.size() >= MAX_WAITING) {
      w.sink().fail(GIVEN_UP);
      return;
    }
    try {
      timer.schedule(() -> retry(answerId), delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      w.sink().fail(GradingQueue.refusal(new GradingQueue.ShuttingDown()));
      return;
    }
    waiting.put(answerId, w);
    if (w.tries() == 0) {
      w.sink().progress(refused instanceof GradingQueue.CoolingDown c
          ? "⏳ Got your " + w.what() + ": grading it in " + Math.max(1, (c.left().toMillis() + 999) / 1000) + " s."
          : "⏳ Got your " + w.what() + ": grading it once your previous answer is graded.");
    }
  }

  /**
   * Stops retrying; each edit still waiting is told to edit again later (the grading flow waits for
   * those messages to be sent). Gradings already queued are finished by the flow's own stop.
   */
  @Override
  public void close() {
    timer.shutdownNow();
    List<Waiting> left;
    synchronized (this) {
      left = List.copyOf(waiting.values());
      waiting.clear();
    }
    for (Waiting w : left) {
      w.sink().fail(RESTARTING);
      flow.watch(w.sink());
    }
  }
}
