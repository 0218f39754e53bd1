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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Verdicts do not follow the machine's load: with four busy processes per core competing, a
 * sample of the bank (performance questions included) and the red team get the same verdicts on
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
      p.destroyForcibly();
      p.waitFor(5, TimeUnit.SECONDS);
    }
    if (cpython != null) {
      cpython.close();
    }
  }

  @Test
  void a_sample_of_the_bank_keeps_its_verdicts_on_both_backends() throws Exception {
    Map<String, Runner> runners = new LinkedHashMap<>();
    runners.put("graalpy", SharedPool.runner());
    runners.put("cpython", cpython);
    List<String> failures = new ArrayList<>();
    for (Question q : sample()) {
      for (var backend : runners.entrySet()) {
        Report r = new QuestionValidator(backend.getValue()).validate(q);
        if (r.status() != Report.Status.PASSED) {
          failures.add(backend.getKey() + " " + q.id() + ": " + r.status() + " "
              + String.join("; ", r.problems()));
        }
      }
    }
    assertThat(failures).as("questions whose verdicts changed under load").isEmpty();
  }

  @Test
  void the_red_team_keeps_its_verdicts_on_both_backends() {
    for (RedTeam.Attack attack : RedTeam.attacks()) {
      RedTeam.check(SharedPool.runner(), attack);
      RedTeam.check(cpython, attack);
    }
  }

  /**
   * Two of each code kind and the performance questions the embedded runner proves (whose wrong
   * solutions must time out while their references pass): deterministic, by bank order.
   */
  private static List<Question> sample() throws IOException {
    List<Question> all = QuestionLoader.load(Path.of("questions")).bank().all();
    List<Question> picked = new ArrayList<>();
    Map<Question.Kind, Integer> perKind = new LinkedHashMap<>();
    for (Question q : all) {
      if (!q.requires().isEmpty() || !q.kind().runsCode()) {
        continue;
      }
      if (q.performance() && q.id().matches("two-sum|search-rotated-array|lru-cache")) {
        picked.add(q);
      } else if (perKind.merge(q.kind(), 1, Integer::sum) <= 2) {
        picked.add(q);
      }
    }
    return picked;
  }
}
