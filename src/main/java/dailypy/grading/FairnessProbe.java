package dailypy.grading;

import dailypy.questions.Question;
import dailypy.runner.Limits;
import dailypy.runner.RunRequest;
import dailypy.runner.RunResult;
import dailypy.runner.Runner;
import dailypy.verdict.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Proves that a performance question is fair on one backend: its declared TIMEOUT answer needs
 * at least {@link #FACTOR}× the limit there, and its reference at most a {@link #FACTOR}th of
 * it. A slow answer that times out just over the limit, or a reference just under it, would
 * change verdict with the noise of a CPU clock (±20% between starts) or a faster host; a factor
 * of five either way keeps both far from the line.
 *
 * <p>Times are the CPU time the runner measured for the user's code ({@link
 * RunResult#durationMillis()}: the guest thread's clock on GraalPy, the sandboxed process tree's
 * on CPython), which does not follow the machine's load as wall time does.
 */
final class FairnessProbe {

  /** How far over the limit the slow answer, and how far under it the reference, must be. */
  static final int FACTOR = 5;

  private FairnessProbe() {}

  /** A problem when the reference used more than a fifth of the limit that applied. */
  static void checkReference(RunRequest request, RunResult reference, String prefix,
      List<String> problems) {
    long limit = applied(reference, request);
    if (reference.verdict() == Verdict.PASSED && reference.durationMillis() * FACTOR > limit) {
      problems.add(String.format(Locale.ROOT, "%sthe reference solution used %d ms of CPU, more "
          + "than a fifth of the %d ms limit (%d ms): an honest answer a little slower than it "
          + "would time out; make the stress case smaller or raise limits.time_ms",
          prefix, reference.durationMillis(), limit, limit / FACTOR));
    }
  }

  /**
   * Runs the slow answer (which timed out) again with {@link #FACTOR}× the limit that applied
   * and requires it to time out again; a problem when it finished.
   */
  static PerformanceMargin probe(Runner on, RunResult reference, Question.WrongSolution wrong,
      RunRequest timedOutRequest, RunResult timedOut, String prefix, List<String> problems) {
    long limit = applied(timedOut, timedOutRequest);
    RunRequest probe = withCpuTime(timedOutRequest,
        timedOutRequest.limits().cpuTime().multipliedBy(FACTOR));
    RunResult longer = on.run(probe);
    if (longer.verdict() == Verdict.TIMEOUT && applied(longer, probe) < FACTOR * limit) {
      // A backend never cuts a limit below its floor (1 s), so scaling is not proportional
      // near it: five times the question's limit can be less than five times the applied one.
      // Above the floor it is, so one corrected run reaches the factor.
      Duration asked = timedOutRequest.limits().cpuTime().multipliedBy(FACTOR);
      long needed = Math.ceilDiv(asked.toMillis() * FACTOR * limit, applied(longer, probe));
      probe = withCpuTime(timedOutRequest, Duration.ofMillis(needed));
      longer = on.run(probe);
    }
    long probeLimit = applied(longer, probe);
    boolean stillSlow = longer.verdict() == Verdict.TIMEOUT;
    PerformanceMargin margin = new PerformanceMargin(on.name(), limit,
        reference.durationMillis(), wrong.name(), stillSlow ? -1 : longer.durationMillis(),
        probeLimit);
    if (!stillSlow) {
      problems.add(String.format(Locale.ROOT, "%swrong solution '%s' is not %d× too slow: "
          + "given %d ms instead of %d ms it got %s after %d ms of CPU (%.1f× the limit); make "
          + "the stress case larger", prefix, wrong.name(), FACTOR, probeLimit,
          limit, longer.verdict(), longer.durationMillis(),
          (double) longer.durationMillis() / Math.max(1, limit)));
    } else if (!margin.wrongFair()) {
      problems.add(String.format(Locale.ROOT, "%swrong solution '%s' could not be given %d× "
          + "the %d ms limit (only %d ms)", prefix, wrong.name(), FACTOR, limit, probeLimit));
    }
    return margin;
  }

  /** A margin for a backend where the slow answer was not probed: the reference's only. */
  static PerformanceMargin unprobed(Runner on, RunResult reference, Question.WrongSolution wrong,
      RunRequest timedOutRequest, RunResult timedOut) {
    return new PerformanceMargin(on.name(), applied(timedOut, timedOutRequest),
        reference.durationMillis(), wrong.name(), -1, 0);
  }

  /**
   * The CPU limit a run was held to: the one the runner recorded, or the one asked for when it
   * records none (a runner that does not scale limits applies them as they are).
   */
  private static long applied(RunResult result, RunRequest request) {
    return result.cpuLimitMillis() > 0 ? result.cpuLimitMillis()
        : request.limits().cpuTime().toMillis();
  }

  private static RunRequest withCpuTime(RunRequest request, Duration cpu) {
    Limits limits = request.limits();
    return request.withLimits(limits.withCpuTime(cpu));
  }
}
