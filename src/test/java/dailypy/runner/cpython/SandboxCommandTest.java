package dailypy.runner.cpython;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.runner.sandbox.Bubblewrap;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line that wraps Python: namespaces, binds, environment and limits. */
class SandboxCommandTest {

  static final Path DIR = Path.of("/tmp/harness-dir");

  static SandboxCommand command(Isolation isolation) {
    return new SandboxCommand(CPythonConfig.defaults(), isolation, DIR, "/usr/bin/python3.11",
        "/usr/bin/prlimit", "/usr/bin/setpriv", new Bubblewrap("/usr/bin/bwrap", true));
  }

  static boolean hasPair(List<String> cmd, String flag, String value) {
    return Collections.indexOfSubList(cmd, List.of(flag, value)) >= 0;
  }

  @Test
  void everyNamespaceIsNewAndTheSandboxDiesWithItsParent() {
    List<String> cmd = command(Isolation.BWRAP).command(Duration.ofSeconds(5));

    assertThat(cmd.get(0)).isEqualTo("/usr/bin/bwrap");
    assertThat(cmd).contains("--unshare-all", "--unshare-user", "--disable-userns",
        "--die-with-parent", "--new-session", "--clearenv");
    assertThat(hasPair(cmd, "--cap-drop", "ALL")).isTrue();
  }

  @Test
  void theSystemIsReadOnlyAndHomeIsASmallTmpfs() {
    List<String> cmd = command(Isolation.BWRAP).command(Duration.ofSeconds(5));

    assertThat(Collections.indexOfSubList(cmd, List.of("--ro-bind", "/usr", "/usr")))
        .isNotNegative();
    assertThat(Collections.indexOfSubList(cmd,
        List.of("--size", Long.toString(16L << 20), "--tmpfs", "/home/sandbox"))).isNotNegative();
    assertThat(Collections.indexOfSubList(cmd,
        List.of("--ro-bind", DIR.toString(), "/opt/dailypy"))).isNotNegative();
    assertThat(hasPair(cmd, "--chdir", "/home/sandbox")).isTrue();
    assertThat(String.join(" ", cmd)).doesNotContain("/etc/passwd").doesNotContain("/root")
        .doesNotContain("--bind /");
  }

  @Test
  void limitsAreAppliedByPrlimitWithCpuSecondsFromTheWallTime() {
    List<String> cmd = command(Isolation.BWRAP).command(Duration.ofMillis(4500));

    int at = cmd.indexOf("/usr/bin/prlimit");
    assertThat(at).isPositive();
    assertThat(cmd.subList(at, cmd.size())).containsSubsequence("--cpu=6:7",
        "--as=" + (512L << 20), "--nproc=16", "--fsize=" + (1L << 20), "--",
        "/usr/bin/python3.11", "-I", "-B", "/opt/dailypy/driver.py", "/opt/dailypy/harness.py");
  }

  @Test
  void asRootTheSandboxStartsAsNobodySoTheProcessLimitHolds() {
    List<String> cmd = command(Isolation.BWRAP_AS_NOBODY).command(Duration.ofSeconds(5));

    assertThat(cmd.subList(0, 5)).containsExactly("/usr/bin/setpriv", "--reuid=65534",
        "--regid=65534", "--clear-groups", "--");
    assertThat(cmd.get(5)).isEqualTo("/usr/bin/bwrap");
  }

  @Test
  void unsandboxedKeepsTheLimitsButNoBwrap() {
    List<String> cmd = command(Isolation.NONE).command(Duration.ofSeconds(5));

    assertThat(cmd.get(0)).isEqualTo("/usr/bin/prlimit");
    assertThat(cmd).doesNotContain("/usr/bin/bwrap").contains(DIR + "/driver.py");
  }
}
