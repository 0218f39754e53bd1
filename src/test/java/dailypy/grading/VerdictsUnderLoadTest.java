package dailypy.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.grading.QuestionValidator.Report;
import dailypy.questions.Question;
import dailypy.questions.QuestionLoader;
import dailypy.runner.ChildEnvironment;
import dailypy.runner.RedTeam;
import dailypy.runner.Runner;
import dailypy.runner.cpython.CPythonConfig;
import dailypy.runner.cpython.CPythonRunner;
import dailypy.runner.graal.SharedPool;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Verdicts do not follow the machine's load: with four busy processes per core competing, a
 * sample of the bank (a performance question included) and the red team get the same verdicts on
 * both backends as on a quiet machine. Time limits are CPU time of the user's code, so waiting
 * for the CPU never counts. Kept small, so the suite stays short.
 */
class VerdictsUnderLoadTest {

  private static final List<Process> BUSY = new ArrayList<>();
  private static Runner cpython;

  @BeforeAll
  static void loadTheMachine() throws IOException {
    SharedPool.runner();  // warm before the load: start-up time is not what is measured
    cpython = CPythonRunner.start(CPythonConfig.defaults(), List.of()).runner();
    int busy = 4 * Runtime.getRuntime().availableProcessors();
    for (int i = 0; i < busy; i++) {
      // `timeout` bounds each spinner even if this JVM dies without running @AfterAll.
      BUSY.add(ChildEnvironment.clean(new ProcessBuilder("timeout", "900", "sh", "-c",
          "while :; do :; done")).start());
    }
  }

  @AfterAll
  static void stopTheLoad() throws InterruptedException {
    for (Process p : BUSY) {
      // `timeout` does not take its child down when it is killed itself.
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      p.waitFor(5, TimeUnit.SECONDS);
    }
    if (cpython != null) {
      cpython.close();
    }
  }

  @Test
  void aSampleOfTheBankKeepsItsVerdictsOnBothBackends() throws Exception {
    List<String> failures = new ArrayList<>();
    for (Question q : sample()) {
      validate(q, "graalpy", SharedPool.runner(), failures);
      if (!q.performance()) {
        // Performance limits are calibrated for the embedded runner, which grades them.
        validate(q, "cpython", cpython, failures);
      }
    }
    assertThat(failures).as("questions whose verdicts changed under load").isEmpty();
  }

  private static void validate(Question q, String backend, Runner runner, List<String> failures) {
    // verdicts only: the 5× fairness probe is a measurement, proven by BankValidationTest
    Report r = new QuestionValidator(runner, Set.of()).validate(q);
    if (r.status() != Report.Status.PASSED) {
      failures.add(backend + " " + q.id() + ": " + r.status() + " "
          + String.join("; ", r.problems()));
    }
  }

  @Test
  void theRedTeamKeepsItsVerdictsOnBothBackends() {
    // Each backend takes every other attack, so both see every class and the suite stays short.
    List<RedTeam.Attack> attacks = RedTeam.attacks();
    for (int i = 0; i < attacks.size(); i++) {
      RedTeam.check(i % 2 == 0 ? SharedPool.runner() : cpython, attacks.get(i));
    }
  }

  /**
   * One question of each code kind, and one performance question whose wrong solution must time
   * out while its reference passes: deterministic, by bank order.
   */
  private static List<Question> sample() throws IOException {
    List<Question> all = QuestionLoader.load(Path.of("questions")).bank().all();
    List<Question> picked = new ArrayList<>();
    Map<Question.Kind, Integer> perKind = new LinkedHashMap<>();
    for (Question q : all) {
      if (!q.requires().isEmpty() || !q.kind().runsCode()) {
        continue;
      }
      if (q.id().equals("search-rotated-array")
          || (!q.performance() && perKind.merge(q.kind(), 1, Integer::sum) == 1)) {
        picked.add(q);
      }
    }
    return picked;
  }
}
