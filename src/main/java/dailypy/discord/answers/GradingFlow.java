package dailypy.discord.answers;

import dailypy.app.Answering.Answered;
import dailypy.app.Answering;
import dailypy.app.Player;
import dailypy.discord.render.ErrorReference;
import dailypy.discord.render.ResultEmbed;
import dailypy.progress.DailyPost;
import dailypy.questions.Question;
import dailypy.runner.RunResult;
import dailypy.verdict.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Grades one answer off the event thread and sends the result to its sink. It keeps track of every
 * grading it accepted until its result is sent, so a stopping bot can deliver them all
 * ({@link #stop}).
 */
public final class GradingFlow {
  /** What a user whose grading could not finish before the bot stopped is told. */
  static final String RESTARTING = "🔧 The bot is restarting and couldn't finish grading this answer in time."
      + " Please send it again in a minute.";

  /** Shown when a grading takes a while, then replaced by its result. */
  static final String GRADING = "⏳ Grading your answer…";
  /** Shows the "Grading…" line; one daemon thread, since each task only hands a line to a sink. */
  private static final ScheduledExecutorService PROGRESS = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "grading-progress");
    t.setDaemon(true);
    return t;
  });

  private final Answering answering;
  private final GradingQueue queue;
  private final Duration progressAfter;
  /** Gradings accepted whose final message has not been handed to their sink yet. */
  private final Set<Tracked> pending = ConcurrentHashMap.newKeySet();
  /** Sends handed to a sink (final messages) that Discord has not answered yet. */
  private final Set<CompletableFuture<?>> sending = ConcurrentHashMap.newKeySet();

  /** @param progressAfter how long a grading may run before its answer shows {@link #GRADING} */
  public GradingFlow(Answering answering, GradingQueue queue, Duration progressAfter) {
    this.answering = answering;
    this.queue = queue;
    this.progressAfter = progressAfter;
  }

  /**
   * A request to grade {@code answer} (the bare answer: the code found in a chat message, or a
   * form's text). {@code userId} is the answer's author, {@code requesterId} who asked (and
   * waits: the one-in-flight rule applies to them); {@code record} is false when someone grades
   * another's message. {@code daily} is the daily post it answers, or null. {@code answerMessageId}
   * is the chat message the answer was posted in (null for a form or "Grade this"): the store
   * records it once, however often it is graded.
   */
  public record Job(Question question, DailyPost daily, long guildId, long userId, long requesterId, String answer,
      boolean record, Long answerMessageId) {

    /** An answer that is not a chat message of its author's. */
    public Job(Question question, DailyPost daily, long guildId, long userId, long requesterId, String answer,
        boolean record) {
      this(question, daily, guildId, userId, requesterId, answer, record, null);
    }

    /** A user's own answer: they wait for it, and it is recorded. */
    public static Job own(Question question, DailyPost daily, long guildId, long userId, String answer) {
      return new Job(question, daily, guildId, userId, userId, answer, true);
    }

    /** A user's own answer posted as a chat message. */
    public static Job ownMessage(Question question, DailyPost daily, long guildId, long userId, String answer,
        long answerMessageId) {
      return new Job(question, daily, guildId, userId, userId, answer, true, answerMessageId);
    }
  }

  /**
   * One accepted grading. Its sink gets exactly one final message: the result, or, when the bot
   * stops before the grading ends, a request to send the answer again.
   */
  private final class Tracked {
    private final ResultSink sink;
    /** Guarded by {@code this}, so a status line never follows the final message. */
    private boolean settled;

    Tracked(ResultSink sink) {
      this.sink = sink;
    }

    /** A status line, unless the final message was handed over already. */
    synchronized void progress(String text) {
      if (!settled) {
        sink.progress(text);
      }
    }

    /** Hands the final message to the sink, unless another one was handed already. */
    synchronized boolean settle(Consumer<ResultSink> last) {
      if (settled) {
        return false;
      }
      settled = true;
      try {
        last.accept(sink);
      } finally {
        pending.remove(this);
        watch(sink);
      }
      return true;
    }
  }

  /** Queues the job; returns false (after telling the sink why) when it was not accepted. */
  public boolean start(Job job, ResultSink sink) {
    GradingQueue.Admission admission = tryStart(job, sink);
    if (admission instanceof GradingQueue.Accepted) {
      return true;
    }
    sink.fail(GradingQueue.refusal(admission));
    return false;
  }

  /**
   * Queues the job if the queue takes it now; a refusal is only returned, so a caller that retries
   * later (an edited answer) can say something gentler than "slow down".
   */
  GradingQueue.Admission tryStart(Job job, ResultSink sink) {
    Tracked tracked = new Tracked(sink);
    // tracked before it is queued: a quick grading may finish before submit returns
    pending.add(tracked);
    GradingQueue.Admission admission = queue.submit(job.requesterId(), () -> run(job, tracked));
    if (!(admission instanceof GradingQueue.Accepted accepted)) {
      pending.remove(tracked);
      return admission;
    }
    if (accepted.ahead() > 0) {
      sink.progress("⏳ Queued: " + accepted.ahead() + " answer(s) ahead of yours…");
    }
    return admission;
  }

  /** Waits, when the bot stops, for what was sent to {@code sink} so far to reach Discord. */
  void watch(ResultSink sink) {
    CompletableFuture<?> sent = sink.sent();
    if (!sent.isDone()) {
      sending.add(sent);
      sent.whenComplete((ok, e) -> sending.remove(sent));
    }
  }

  private void run(Job job, Tracked tracked) {
    // a grading that takes a while shows it is under way; its result then replaces the line
    ScheduledFuture<?> showProgress = PROGRESS.schedule(() -> tracked.progress(GRADING),
        progressAfter.toMillis(), TimeUnit.MILLISECONDS);
    try {
      Answered answered = answering.answer(new Player(job.guildId(), job.userId()), job.question(),
          job.daily(), job.answer(), job.record(), job.answerMessageId());
      if (answered.saveFailure() != null) {
        tracked.settle(s -> s.fail(ErrorReference.userMessage(answered.saveFailure())));
        return;
      }
      RunResult result = answered.result();
      if (result.verdict() == Verdict.BUSY) {
        result = RunResult.of(Verdict.BUSY,
            "All graders are busy right now. Nothing was lost: try again in a minute.", result.backend());
      }
      ResultEmbed.Rendered rendered = ResultEmbed.result(job.question(), result, answered.award());
      tracked.settle(s -> s.deliver(rendered));
    } catch (RuntimeException e) {
      String reference = ErrorReference.report("grading " + job.question().id() + " for user " + job.userId(), e);
      tracked.settle(s -> s.fail(reference));
    } finally {
      showProgress.cancel(false);
    }
  }

  /** What a stop did with the gradings in flight. */
  public record Stopped(int delivered, int toldToResend, boolean allSent) {}

  /**
   * The clean stop: accepts no new grading, waits up to {@code grace} for the ones accepted (running
   * or queued) so their results are saved and sent, tells the users of any still unfinished to send
   * their answer again, then waits up to {@code sendWait} until Discord has answered every one of
   * those messages. Only then may the bot disconnect.
   */
  public Stopped stop(Duration grace, Duration sendWait) throws InterruptedException {
    int inFlight = pending.size();
    boolean finished = queue.shutdown(grace);
    int told = 0;
    // also a grading whose thread died without settling (an Error) is answered here
    for (Tracked t : List.copyOf(pending)) {
      if (t.settle(s -> s.fail(RESTARTING))) {
        told++;
      }
    }
    if (!finished) {
      queue.shutdownNow();
    }
    return new Stopped(Math.max(0, inFlight - told), told, awaitSends(sendWait));
  }

  private boolean awaitSends(Duration wait) throws InterruptedException {
    try {
      CompletableFuture.allOf(sending.toArray(CompletableFuture[]::new)).get(wait.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) { // sends report their own failures; they are over either way
      return true;
    }
  }
}
