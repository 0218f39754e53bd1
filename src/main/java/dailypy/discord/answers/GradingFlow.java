package dailypy.discord.answers;

import dailypy.app.Answering;
import dailypy.app.Answering.Answered;
import dailypy.app.Player;
import dailypy.discord.render.Embeds;
import dailypy.discord.render.ErrorReference;
import dailypy.progress.DailyPost;
import dailypy.questions.Question;
import dailypy.runner.RunResult;
import dailypy.runner.Verdict;

/** Grades one answer off the event thread and sends the result to its sink. */
public final class GradingFlow {
  private final Answering answering;
  private final GradingQueue queue;

  public GradingFlow(Answering answering, GradingQueue queue) {
    this.answering = answering;
    this.queue = queue;
  }

  /**
   * A request to grade {@code answer} (the bare answer: the code found in a chat message, or a
   * form's text). {@code userId} is the answer's author, {@code requesterId} who asked (and
   * waits: the one-in-flight rule applies to them); {@code record} is false when someone grades
   * another's message. {@code daily} is the daily post it answers, or null.
   */
  public record Job(Question question, DailyPost daily, long guildId, long userId, long requesterId, String answer,
      boolean record) {

    /** A user's own answer: they wait for it, and it is recorded. */
    public static Job own(Question question, DailyPost daily, long guildId, long userId, String answer) {
      return new Job(question, daily, guildId, userId, userId, answer, true);
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
    GradingQueue.Admission admission = queue.submit(job.requesterId(), () -> run(job, sink));
    if (admission instanceof GradingQueue.Accepted accepted && accepted.ahead() > 0) {
      sink.progress("⏳ Queued: " + accepted.ahead() + " answer(s) ahead of yours…");
    }
    return admission;
  }

  private void run(Job job, ResultSink sink) {
    try {
      Answered answered = answering.answer(new Player(job.guildId(), job.userId()), job.question(),
          job.daily(), job.answer(), job.record());
      if (answered.saveFailure() != null) {
        sink.fail(ErrorReference.userMessage(answered.saveFailure()));
        return;
      }
      RunResult result = answered.result();
      if (result.verdict() == Verdict.BUSY) {
        result = RunResult.of(Verdict.BUSY,
            "All graders are busy right now. Nothing was lost: try again in a minute.", result.backend());
      }
      sink.deliver(Embeds.result(job.question(), result, answered.award()));
    } catch (RuntimeException e) {
      sink.fail(ErrorReference.report("grading " + job.question().id() + " for user " + job.userId(), e));
    }
  }
}
