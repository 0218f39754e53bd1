package dailypy.cli;

import dailypy.grading.RequestBuilder;
import dailypy.questions.Question;
import dailypy.questions.QuestionBank;
import dailypy.runner.RunRequest;
import dailypy.runner.RunResult;
import dailypy.runner.Runner;
import dailypy.runner.TestSpec;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What random cases add to grading time (`tutor bench --random-cases`): for a few questions, the
 * reference solution graded with its fixed cases only and with the fixed and random cases, in
 * turns on the same warm runner, plus the first grading with random cases, which builds them in
 * the answer-key interpreter. Wall time per grading, and the CPU time of the user's code.
 */
record RandomCasesBench(QuestionBank bank, RunnerSource runners, int iterations, PrintStream out) {

  static final List<String> QUESTIONS = List.of("two-sum", "bank-account",
      "decode-nested-repeats", "top-k-indices");

  void run() {
    List<Question> questions = QUESTIONS.stream().map(id -> bank.find(id).orElseThrow()).toList();
    try (Runner runner = runners.open(questions.stream().flatMap(q -> q.requires().stream())
        .collect(java.util.stream.Collectors.toSet()))) {
      out.printf("%-24s %-8s %10s %14s %14s %10s %10s%n", "question", "backend", "first (ms)",
          "fixed p50 (ms)", "+random p50", "added", "cpu added");
      for (Question q : questions) {
        if (!runner.capability(q.requires()).gradable()) {
          out.println(q.id() + ": skipped, " + runner.capability(q.requires()).reason());
          continue;
        }
        measure(runner, q);
      }
    }
  }

  private void measure(Runner runner, Question q) {
    RunRequest full = RequestBuilder.forAnswer(q, q.solution());
    TestSpec.Cases cases = (TestSpec.Cases) full.tests();
    RunRequest fixed = new RunRequest(full.source(), cases.fixedOnly(), full.constraints(),
        full.limits(), full.requires());
    check(runner.run(fixed), q);  // warms the runner and caches the fixed expected values
    long start = System.nanoTime();
    RunResult first = check(runner.run(full), q);
    long firstNanos = System.nanoTime() - start;
    long[] fixedNanos = new long[iterations];
    long[] fullNanos = new long[iterations];
    long fixedCpu = 0;
    long fullCpu = 0;
    for (int i = 0; i < iterations; i++) {
      start = System.nanoTime();
      fixedCpu += check(runner.run(fixed), q).durationMillis();
      fixedNanos[i] = System.nanoTime() - start;
      start = System.nanoTime();
      fullCpu += check(runner.run(full), q).durationMillis();
      fullNanos[i] = System.nanoTime() - start;
    }
    double fixedP50 = median(fixedNanos);
    double fullP50 = median(fullNanos);
    out.printf(Locale.ROOT, "%-24s %-8s %10.0f %14.0f %14.0f %10.0f %10d%n", q.id(),
        first.backend(), firstNanos / 1e6, fixedP50, fullP50, fullP50 - fixedP50,
        (fullCpu - fixedCpu) / Math.max(1, iterations));
  }

  private static RunResult check(RunResult r, Question q) {
    if (!r.verdict().passed()) {
      throw new IllegalStateException(q.id() + ": the reference got " + r.verdict() + " "
          + r.message());
    }
    return r;
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[(sorted.length - 1) / 2] / 1e6;
  }
}
