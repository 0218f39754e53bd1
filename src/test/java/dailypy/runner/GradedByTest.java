package dailypy.runner;

import dailypy.verdict.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import dailypy.practice.ResultReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one text every front end shows for who graded and under which limit. */
class GradedByTest {

  private static RunResult on(String backend, long limitMillis) {
    return new RunResult(Verdict.PASSED, "", List.of(), "", null, null, 12, backend, limitMillis);
  }

  @Test
  void namesTheBackendAndTheLimitInSeconds() {
    assertThat(on("cpython", 1000).gradedBy()).isEqualTo("CPython · limit 1 s CPU");
    assertThat(on("graalpy", 5000).gradedBy()).isEqualTo("GraalPy · limit 5 s CPU");
    assertThat(on("cpython", 2437).gradedBy()).isEqualTo("CPython · limit 2.44 s CPU");
    assertThat(on("graalpy", 15_250).gradedBy()).isEqualTo("GraalPy · limit 15.3 s CPU");
  }

  @Test
  void saysNothingWhenNoInterpreterGraded() {
    assertThat(RunResult.of(Verdict.PASSED, "", "quiz").gradedBy()).isEmpty();
    assertThat(on("graalpy", 0).gradedBy()).isEqualTo("GraalPy");
  }

  @Test
  void thePracticeAndCommandLineReportShowsItBesideTheUsersTime() {
    assertThat(ResultReport.render(on("cpython", 1000)))
        .startsWith("✅ Passed (12 ms · CPython · limit 1 s CPU)");
  }
}
