package dailypy.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.grading.QuestionValidator.Report;
import dailypy.questions.Question;
import dailypy.questions.QuestionLoader;
import dailypy.runner.graal.SharedPool;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * `questions validate` over the whole bank, as part of the test suite: every question proven by
 * its reference solution and its wrong solutions on the embedded runner. Questions needing
 * packages the embedded runner lacks are skipped here and proven by the CPython backend's suite.
 */
class BankValidationTest {

  @Test
  void everyQuestionInTheBankIsProven() throws Exception {
    QuestionLoader.Result loaded = QuestionLoader.load(Path.of("questions"));
    assertThat(loaded.problems()).isEmpty();
    QuestionValidator validator = new QuestionValidator(SharedPool.runner());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<String> failures = new ArrayList<>();
    int skipped = 0;
    try {
      List<Future<Report>> futures = new ArrayList<>();
      for (Question q : loaded.bank().all()) {
        futures.add(pool.submit(() -> validator.validate(q)));
      }
      for (Future<Report> f : futures) {
        Report r = f.get(30, TimeUnit.MINUTES);
        if (r.status() == Report.Status.FAILED) {
          failures.add(r.question().id() + ": " + String.join("; ", r.problems()));
        } else if (r.status() == Report.Status.SKIPPED) {
          skipped++;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(failures).as("questions that failed validation").isEmpty();
    assertThat(loaded.bank().size() - skipped).as("questions proven on the embedded runner")
        .isGreaterThanOrEqualTo(150);
  }
}
