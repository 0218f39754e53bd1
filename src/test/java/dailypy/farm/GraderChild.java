package dailypy.farm;

import dailypy.progress.GradingJobs;
import dailypy.progress.StoreUrl;
import dailypy.runner.RunResult;
import dailypy.verdict.Verdict;
import java.time.Duration;

/**
 * A grader process of {@link FarmTest}: the real {@link GraderLoop} on the shared queue, with a
 * stand-in grading that takes {@code gradeMs} and answers PASSED with the answer as its message
 * (so the test can see each result reached the right job). Prints "start ID" and "finish ID
 * RECORDED" for each job. Stops after {@code maxSeconds}, whatever happens.
 *
 * <p>Arguments: store URL, name, lease ms, grade ms, max seconds, and optionally {@code marked}: then
 * the verdict is PASSED for an answer holding {@value #RIGHT} and FAILED for any other, as a real
 * grading would tell a right answer from a wrong one (the end-to-end test's script).
 */
public final class GraderChild {
  /** What marks a right answer in {@code marked} mode. */
  public static final String RIGHT = "# right";

  private GraderChild() {}

  public static void main(String[] args) throws Exception {
    StoreUrl url = StoreUrl.parse(args[0]);
    String name = args[1];
    Duration lease = Duration.ofMillis(Long.parseLong(args[2]));
    long gradeMs = Long.parseLong(args[3]);
    long maxSeconds = Long.parseLong(args[4]);
    boolean marked = args.length > 5 && args[5].equals("marked");
    JobGrader slow = (questionId, answer) -> {
      try {
        Thread.sleep(gradeMs);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (marked) {
        return answer.contains(RIGHT)
            ? RunResult.of(Verdict.PASSED, "", "child-" + name)
            : RunResult.of(Verdict.FAILED, "wrong", "child-" + name);
      }
      return RunResult.of(Verdict.PASSED, answer, "child-" + name);
    };
    GraderLoop.Events print = new GraderLoop.Events() {
      @Override
      public void started(GradingJobs.Job job) {
        System.out.println("start " + job.id());
        System.out.flush();
      }

      @Override
      public void finished(GradingJobs.Job job, boolean recorded) {
        System.out.println("finish " + job.id() + " " + recorded);
        System.out.flush();
      }
    };
    try (GradingJobs jobs = GradingJobs.open(url)) {
      GraderLoop loop = new GraderLoop(new GraderLoop.Work(jobs, slow, lease, print), name);
      Thread t = Thread.ofPlatform().name("grader-" + name).start(loop);
      System.out.println("ready");
      System.out.flush();
      t.join(Duration.ofSeconds(maxSeconds));
      loop.stop();
      t.join(Duration.ofSeconds(5));
    }
    System.exit(0);
  }
}
