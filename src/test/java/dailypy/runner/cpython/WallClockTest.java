package dailypy.runner.cpython;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.runner.Limits;
import dailypy.runner.RunRequest;
import dailypy.runner.RunResult;
import dailypy.runner.TestSpec;
import dailypy.verdict.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The wall-time limit measures the user's code, not the import of the libraries it needs. */
class WallClockTest {

  static RunRequest request(String code, Duration wall) {
    TestSpec spec = new TestSpec.Cases(List.of(new TestSpec.Case(null, "answer()", "42", null,
        false, false, 1e-9)));
    return new RunRequest(code, spec, List.of(), Limits.DEFAULT.withCpuTime(wall),
        Set.of("pandas", "django", "djangorestframework"));
  }

  @Test
  void importingAndSettingUpLibrariesDoesNotCountAgainstTheWallTime() {
    // pandas + django.setup() + DRF take well over a second to import in a fresh process.
    RunResult result = SharedCPython.started().runner().run(request("""
        import pandas as pd
        from rest_framework.views import APIView
        def answer():
            return 42
        """, Duration.ofMillis(700)));

    assertThat(result.verdict()).as(result.message()).isEqualTo(Verdict.PASSED);
  }

  @Test
  void theUsersOwnTimeIsStillLimited() {
    RunResult result = SharedCPython.started().runner().run(request("""
        import pandas as pd
        def answer():
            while True:
                pass
        """, Duration.ofMillis(700)));

    assertThat(result.verdict()).isEqualTo(Verdict.TIMEOUT);
  }
}
