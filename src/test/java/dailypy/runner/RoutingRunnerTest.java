package dailypy.runner;

import dailypy.verdict.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Routing by capability, over stand-in backends that record what they were given. */
class RoutingRunnerTest {

  /** A backend that answers PASSED under its own name and remembers each request. */
  static final class RecordingRunner implements Runner {
    final String name;
    final Map<String, String> packages;
    final List<RunRequest> received = new ArrayList<>();
    boolean closed;

    RecordingRunner(String name, Map<String, String> packages) {
      this.name = name;
      this.packages = packages;
    }

    @Override
    public RunResult run(RunRequest request) {
      received.add(request);
      return RunResult.of(Verdict.PASSED, "", name);
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Map<String, String> packages() {
      return packages;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  final RecordingRunner graal = new RecordingRunner("graalpy", Map.of());
  final RecordingRunner cpython = new RecordingRunner("cpython",
      Map.of("numpy", "1.24.2", "pandas", "1.5.3", "django", "3.2.25"));

  static RunRequest needing(String... packages) {
    return new RunRequest("x = 1", new TestSpec.Script(), List.of(), Limits.DEFAULT,
        Set.of(packages));
  }

  @Test
  void standardLibraryQuestionsGoToTheFirstBackend() {
    RoutingRunner routing = new RoutingRunner(List.of(graal, cpython));

    RunResult result = routing.run(needing());

    assertThat(result.backend()).isEqualTo("graalpy");
    assertThat(graal.received).hasSize(1);
    assertThat(cpython.received).isEmpty();
  }

  @Test
  void libraryQuestionsGoToTheFirstBackendThatHasEveryPackage() {
    RoutingRunner routing = new RoutingRunner(List.of(graal, cpython));

    RunResult result = routing.run(needing("numpy", "pandas"));

    assertThat(result.backend()).isEqualTo("cpython");
    assertThat(cpython.received).hasSize(1);
    assertThat(routing.capability(Set.of("NumPy"))).isEqualTo(
        new Capability(true, "cpython", ""));
  }

  @Test
  void theConfiguredOrderDecidesAmongCapableBackends() {
    RoutingRunner routing = new RoutingRunner(List.of(cpython, graal));

    assertThat(routing.run(needing()).backend()).isEqualTo("cpython");
  }

  @Test
  void aMissingPackageIsRefusedWithWhatToInstallAndNothingRuns() {
    RoutingRunner routing = new RoutingRunner(List.of(graal, cpython));

    RunResult result = routing.run(needing("django", "djangorestframework"));

    assertThat(result.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(result.message()).isEqualTo("This server can't grade djangorestframework "
        + "questions: install python3-djangorestframework.");
    assertThat(graal.received).isEmpty();
    assertThat(cpython.received).isEmpty();
  }

  @Test
  void withoutACpythonBackendTheReasonSaysToEnableIt() {
    RoutingRunner routing = new RoutingRunner(List.of(graal));

    Capability capability = routing.capability(Set.of("pandas"));

    assertThat(capability.gradable()).isFalse();
    assertThat(capability.reason()).isEqualTo("This server can't grade pandas questions: "
        + "install python3-pandas and add cpython to runner.backends.");
  }

  @Test
  void aCpythonBackendThatRefusedToStartIsNamedAsTheReason() {
    RoutingRunner routing = new RoutingRunner(List.of(graal),
        Map.of("cpython", "bubblewrap is not installed"));

    assertThat(routing.capability(Set.of("pandas")).reason()).isEqualTo("This server can't "
        + "grade pandas questions: the cpython backend is off (bubblewrap is not installed).");
    assertThat(routing.capability(Set.of()).gradable()).isTrue();
  }

  @Test
  void packagesSplitAcrossBackendsDoNotMakeAQuestionGradable() {
    RecordingRunner flaskOnly = new RecordingRunner("other", Map.of("flask", "2.2.2"));
    RoutingRunner routing = new RoutingRunner(List.of(graal, cpython, flaskOnly));

    Capability capability = routing.capability(Set.of("flask", "numpy"));

    assertThat(capability.gradable()).isFalse();
    assertThat(capability.reason()).contains("no single backend has all of them");
  }

  @Test
  void packagesAreTheUnionAndCloseReachesEveryBackend() {
    RoutingRunner routing = new RoutingRunner(List.of(graal, cpython));

    assertThat(routing.packages()).containsKeys("numpy", "pandas", "django");
    assertThat(routing.name()).isEqualTo("graalpy+cpython");
    routing.close();
    assertThat(graal.closed).isTrue();
    assertThat(cpython.closed).isTrue();
  }

  @Test
  void installNamesFollowDebian() {
    assertThat(RoutingRunner.installName("scikit-learn")).isEqualTo("python3-sklearn");
    assertThat(RoutingRunner.installName("numpy")).isEqualTo("python3-numpy");
    assertThat(RoutingRunner.installName("tensorflow")).contains("pip");
  }
}
