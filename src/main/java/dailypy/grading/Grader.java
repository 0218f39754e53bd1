package dailypy.grading;

import dailypy.questions.Question;
import dailypy.runner.RunResult;

/** The grading service both front ends call. Never throws for anything a user sends. */
public interface Grader {

  /**
   * Grades an answer to a question.
   *
   * @param answer the bare answer the user handed in: code (a fenced block in it is taken as the
   *     code), a quiz letter, or an output prediction. Where it came from is the front end's
   *     business: a front end that reads answers out of chat messages passes the code it found.
   */
  RunResult grade(Question question, String answer);

  /**
   * Completes when the runner grades at warm speed (an interpreter is ready, time limits are
   * calibrated). Front ends post questions and say "ready" only after it.
   */
  default java.util.concurrent.CompletableFuture<Void> ready() {
    return java.util.concurrent.CompletableFuture.completedFuture(null);
  }

  /** Whether this server can grade the question, and why not when it cannot. */
  Gradability gradability(Question question);

  /** @param reason empty when gradable */
  record Gradability(boolean gradable, String reason) {
    public static final Gradability YES = new Gradability(true, "");
  }
}
