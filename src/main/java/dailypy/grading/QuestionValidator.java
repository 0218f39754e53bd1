package dailypy.grading;

import dailypy.questions.Question;
import dailypy.questions.QuestionLint;
import dailypy.runner.Capability;
import dailypy.runner.ResultAssembler;
import dailypy.runner.RoutingRunner;
import dailypy.runner.RunRequest;
import dailypy.runner.RunResult;
import dailypy.runner.Runner;
import dailypy.runner.TestResult;
import dailypy.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Proves a question: its reference solution passes, every wrong solution gets exactly its
 * declared verdict, the starter does not pass, an output snippet prints what the question says,
 * and every listed wrong prediction is graded wrong. Its teaching text must pass {@link
 * QuestionLint} (hints that teach, rules that are enforced, versioned claims). Questions
 * needing packages the runner lacks are skipped with the reason, never counted as passed.
 *
 * <p>A {@code performance} question is proven on every backend of a {@link RoutingRunner} that
 * can grade it, not only the one it routes to: each backend scales the limit by its own speed,
 * and the slow answer must time out and the reference pass on all of them. Such a question
 * must also be fair there ({@link FairnessProbe}): its slow answer still times out with five
 * times the limit, and its reference uses at most a fifth. Its {@link PerformanceMargin}s say
 * by how much.
 */
public final class QuestionValidator {

  private final Runner runner;
  private final List<Runner> backends;
  private final Set<String> probedBackends;
  private final Set<String> verdictBackends;

  /** A validator that proves everything about a question on every backend. */
  public QuestionValidator(Runner runner) {
    this(runner, null, null);
  }

  /**
   * @param probedBackends the backends (by name) where a performance question's slow answer is
   *     run again with {@link FairnessProbe#FACTOR}× the limit, to prove it needs that much;
   *     null for every backend. That run costs five times the limit, so a test suite may prove
   *     it on the fastest backend only. The reference's fifth of the limit is checked
   *     everywhere: it costs nothing extra.
   */
  public QuestionValidator(Runner runner, Set<String> probedBackends) {
    this(runner, probedBackends, null);
  }

  /**
   * @param verdictBackends the backends (by name) where a performance question's other verdicts
   *     are proven too: each wrong solution that is not slow, the random cases alone, the
   *     starter; null for every backend. Elsewhere it is proven only in what depends on the
   *     backend's speed: the reference passes within its share of the limit and each slow answer
   *     times out. Both backends run one harness and Java judges both, so a test suite may prove
   *     the rest once.
   */
  public QuestionValidator(Runner runner, Set<String> probedBackends,
      Set<String> verdictBackends) {
    this.probedBackends = probedBackends == null ? null : Set.copyOf(probedBackends);
    this.verdictBackends = verdictBackends == null ? null : Set.copyOf(verdictBackends);
    this.runner = runner;
    this.backends = runner instanceof RoutingRunner routing && !routing.backends().isEmpty()
        ? routing.backends() : List.of(runner);
  }

  /**
   * The outcome for one question; margins only for performance questions.
   *
   * @param provenOn where it was run: the backend, and the version of each package it
   *     requires ("cpython, numpy 2.1.3"); empty when it was not run
   */
  public record Report(Question question, Status status, List<String> problems, long millis,
      List<PerformanceMargin> margins, String provenOn) {
    public enum Status { PASSED, FAILED, SKIPPED }

    public Report {
      problems = List.copyOf(problems);
      margins = List.copyOf(margins);
    }

    public Report(Question question, Status status, List<String> problems, long millis) {
      this(question, status, problems, millis, List.of(), "");
    }
  }

  public Report validate(Question q) {
    long start = System.nanoTime();
    // The teaching text is checked without the runner, so its problems are reported even when
    // the question cannot be run here.
    List<String> problems = new ArrayList<>(QuestionLint.check(q));
    Capability capability = runner.capability(q.requires());
    if (!capability.gradable() && q.kind().needsRunner()) {
      if (problems.isEmpty()) {
        return new Report(q, Report.Status.SKIPPED, List.of(capability.reason()),
            elapsed(start));
      }
      problems.add("not run here: " + capability.reason());
      return new Report(q, Report.Status.FAILED, List.copyOf(problems), elapsed(start));
    }
    List<PerformanceMargin> margins = new ArrayList<>();
    // what proves a question belongs to its answer form
    switch (q.kind().answerForm()) {
      case CHOICE -> checkQuiz(q, problems);
      case PREDICTION -> checkOutput(q, problems);
      case CODE -> {
        if (q.performance()) {
          checkOnEveryBackend(q, problems, margins);
        } else {
          checkCode(q, runner, "", problems, null, true);
        }
      }
    }
    return new Report(q, problems.isEmpty() ? Report.Status.PASSED : Report.Status.FAILED,
        problems, elapsed(start), margins, provenOn(q, capability));
  }
  /** The backend and the versions of the packages the question requires, as the runner saw them. */
  private String provenOn(Question q, Capability capability) {
    StringBuilder s = new StringBuilder(capability.backend() == null ? runner.name()
        : capability.backend());
    for (String p : q.requires()) {
      s.append(", ").append(p).append(' ')
          .append(runner.packages().getOrDefault(p.trim().toLowerCase(java.util.Locale.ROOT), "?"));
    }
    return s.toString();
  }

  private void checkOnEveryBackend(Question q, List<String> problems,
      List<PerformanceMargin> margins) {
    List<Runner> capable = backends.stream()
        .filter(b -> b.capability(q.requires()).gradable()).toList();
    for (Runner backend : capable) {
      String prefix = capable.size() > 1 || backends.size() > 1 ? "on " + backend.name() + ": "
          : "";
      checkCode(q, backend, prefix, problems, margins,
          verdictBackends == null || verdictBackends.contains(backend.name()));
    }
  }

  /**
   * @param margins where a performance question's timings go, or null when not wanted
   * @param everyVerdict false to run only the reference and the slow (TIMEOUT) wrong solutions
   */
  private void checkCode(Question q, Runner on, String prefix, List<String> problems,
      List<PerformanceMargin> margins, boolean everyVerdict) {
    RunRequest referenceRequest = RequestBuilder.forAnswer(q, q.solution());
    RunResult reference = on.run(referenceRequest);
    if (reference.verdict() != Verdict.PASSED) {
      problems.add(prefix + "the reference solution got " + reference.verdict() + ": "
          + describe(reference));
    } else if (margins != null) {
      FairnessProbe.checkReference(referenceRequest, reference, prefix, problems);
    }
    for (Question.WrongSolution wrong : q.wrongSolutions()) {
      if (!everyVerdict && wrong.verdict() != Verdict.TIMEOUT) {
        continue;
      }
      RunRequest request = RequestBuilder.forAnswer(q, wrong.code());
      RunResult r = on.run(request);
      if (r.verdict() != wrong.verdict()) {
        problems.add(prefix + "wrong solution '" + wrong.name() + "' should get "
            + wrong.verdict() + " but got " + r.verdict() + ": " + describe(r));
      }
      if (margins != null && wrong.verdict() == Verdict.TIMEOUT
          && r.verdict() == Verdict.TIMEOUT && reference.verdict() == Verdict.PASSED) {
        margins.add(probedBackends == null || probedBackends.contains(on.name())
            ? FairnessProbe.probe(on, reference, wrong, request, r, prefix, problems)
            : FairnessProbe.unprobed(on, reference, wrong, request, r));
      }
      if (q.tests().random() != null && everyVerdict) {
        checkRandomCases(q, on, prefix, wrong, r, problems);
      }
    }
    if (everyVerdict && q.starter() != null && !q.starter().isBlank()) {
      RunResult starter = on.run(RequestBuilder.forAnswer(q, q.starter()));
      if (starter.verdict() == Verdict.PASSED) {
        problems.add(prefix + "the starter code already passes");
      }
    }
  }

  /**
   * Random cases must not be the only net: a wrong solution fails on the fixed cases alone (its
   * full run fails before any random case runs) and on the random cases alone. A TIMEOUT wrong
   * solution is correct but slow; random cases test correctness, so only the fixed stress case
   * is expected to catch it.
   */
  private void checkRandomCases(Question q, Runner on, String prefix,
      Question.WrongSolution wrong, RunResult full, List<String> problems) {
    if (wrong.verdict() == Verdict.TIMEOUT) {
      return;
    }
    List<TestResult> failing = full.tests().stream().filter(t -> !t.passed()).toList();
    boolean onlyRandomFailed = full.verdict() == Verdict.FAILED && !failing.isEmpty()
        && failing.stream().allMatch(ResultAssembler::isRandom);
    if (onlyRandomFailed) {
      problems.add(prefix + "wrong solution '" + wrong.name() + "' passes every fixed case: only the "
          + "random cases catch it; add a fixed case for its mistake");
    }
    RunResult alone = on.run(RequestBuilder.forRandomCasesOnly(q, wrong.code()));
    if (alone.verdict() == Verdict.PASSED) {
      problems.add(prefix + "wrong solution '" + wrong.name() + "' passes all "
          + q.tests().random().count() + " random cases: make the generator produce the inputs "
          + "its mistake shows on (ties, duplicates, empty, extremes)");
    } else if (alone.verdict() == Verdict.ERROR || alone.verdict() == Verdict.BUSY) {
      problems.add(prefix + "the random cases alone could not be run for wrong solution '"
          + wrong.name() + "': " + alone.verdict() + ": " + describe(alone));
    }
  }

  private void checkQuiz(Question q, List<String> problems) {
    long correct = q.options().stream().filter(Question.Option::correct).count();
    if (correct != 1) {
      problems.add("a quiz needs exactly one correct option, has " + correct);
      return;
    }
    int right = QuizGrading.correctIndex(q);
    if (QuizGrading.gradeQuiz(q, right).verdict() != Verdict.PASSED) {
      problems.add("the correct option is not graded as correct");
    }
    for (int i = 0; i < q.options().size(); i++) {
      if (i != right && QuizGrading.gradeQuiz(q, i).verdict() != Verdict.FAILED) {
        problems.add("option " + QuizGrading.letter(i) + " is not graded as wrong");
      }
    }
  }

  private void checkOutput(Question q, List<String> problems) {
    RunResult run = runner.run(RequestBuilder.forSnippet(q));
    if (run.verdict() != Verdict.PASSED) {
      problems.add("the snippet did not run cleanly: " + run.verdict() + ": " + describe(run));
    } else if (!QuizGrading.normalizeOutput(run.output())
        .equals(QuizGrading.normalizeOutput(q.expectedOutput()))) {
      problems.add("the snippet prints\n" + run.output() + "\nbut expected_output says\n"
          + q.expectedOutput());
    }
    if (QuizGrading.gradeOutput(q, q.expectedOutput()).verdict() != Verdict.PASSED) {
      problems.add("expected_output itself is not graded as correct");
    }
    for (String wrong : q.wrongAnswers()) {
      if (QuizGrading.gradeOutput(q, wrong).verdict() != Verdict.FAILED) {
        problems.add("wrong answer '" + wrong + "' is graded as correct");
      }
    }
  }

  private static String describe(RunResult r) {
    String first = r.tests().stream().filter(t -> !t.passed()).findFirst()
        .map(t -> t.name() + (t.message().isEmpty() ? "" : " — " + t.message())).orElse("");
    String message = r.message().isEmpty() ? first : r.message();
    return message.length() > 500 ? message.substring(0, 500) + "…" : message;
  }

  private static long elapsed(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
