package dailypy.runner.cpython;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.runner.ChildEnvironment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The OS layer alone, as if the harness's guards had been bypassed: raw Python inside the same
 * bubblewrap sandbox and limits that the backend uses, with no harness in the way.
 */
class SandboxContainmentTest {

  static final CPythonConfig CONFIG = CPythonConfig.defaults();

  record Outcome(int exit, String out, String err) {}

  /**
   * The sandbox the shared backend chose at start-up, around {@code python -I -c code}, started
   * from the same clean environment as the backend starts it.
   */
  static Outcome python(String code, Duration wall) throws Exception {
    Process p = start(code, wall);
    p.getOutputStream().close();
    if (!p.waitFor(wall.toMillis() + 10_000, TimeUnit.MILLISECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the sandbox outlived its CPU limit");
    }
    return new Outcome(p.exitValue(), read(p.getInputStream().readAllBytes()),
        read(p.getErrorStream().readAllBytes()));
  }

  static Process start(String code, Duration wall) throws java.io.IOException {
    Isolation chosen = SharedCPython.started().isolation();
    SandboxCommand sandbox = CPythonRunner.candidates(CONFIG, Path.of("/tmp"),
            CPythonRunner.realPython(CONFIG.python()), HostTools.find("prlimit"),
            new java.util.ArrayList<>()).stream()
        .filter(c -> c.isolation() == chosen).findFirst().orElseThrow();
    return ChildEnvironment.clean(new ProcessBuilder(
        sandbox.command(wall, List.of("-I", "-c", code)))).start();
  }

  static String read(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Test
  void theSandboxIsStrongEnoughToHoldTheProcessLimit() {
    // Linux does not enforce RLIMIT_NPROC for root, so as root the sandbox must drop to nobody.
    if (HostTools.uid() == 0) {
      assertThat(SharedCPython.started().isolation()).isEqualTo(Isolation.BWRAP_AS_NOBODY);
    } else {
      assertThat(SharedCPython.started().isolation()).isNotEqualTo(Isolation.NONE);
    }
  }

  @Test
  void aForkBombHitsTheProcessLimitAndDiesWithTheSandbox() throws Exception {
    Outcome o = python("""
        import os, time
        born = 0
        for _ in range(500):
            try:
                if os.fork() == 0:
                    time.sleep(60)
                    os._exit(0)
                born += 1
            except OSError as e:
                print('refused', e.errno)
                break
        print('born', born)
        """, Duration.ofSeconds(5));

    assertThat(o.out()).contains("refused 11");
    int born = Integer.parseInt(o.out().replaceAll("(?s).*born (\\d+).*", "$1"));
    assertThat(born).isLessThan(CONFIG.maxProcesses());
  }

  @Test
  void memoryBeyondTheAddressSpaceLimitIsRefused() throws Exception {
    Outcome o = python("""
        try:
            block = bytearray(600 * 1024 * 1024)
            print('allocated')
        except MemoryError:
            print('refused')
        """, Duration.ofSeconds(5));

    assertThat(o.out().strip()).isEqualTo("refused");
  }

  @Test
  void hostFilesAndHomeAreAbsentAndTheSystemIsReadOnly() throws Exception {
    Outcome o = python("""
        import os
        print(sorted(os.listdir('/')))
        print(os.path.exists('/etc/passwd'), os.path.exists('/root'), os.path.exists('/work'))
        print(os.getcwd(), os.listdir('.'))
        try:
            open('/usr/pwned', 'w')
        except OSError as e:
            print('usr', e.errno)
        """, Duration.ofSeconds(5));

    assertThat(o.out()).contains("False False False").contains("/home/sandbox []")
        .contains("usr 30");  // EROFS
  }

  @Test
  void thereIsNoNetwork() throws Exception {
    Outcome o = python("""
        import socket
        try:
            socket.create_connection(('1.1.1.1', 53), timeout=2)
            print('connected')
        except OSError as e:
            print('refused', type(e).__name__)
        try:
            socket.gethostbyname('example.com')
            print('resolved')
        except OSError as e:
            print('no dns')
        """, Duration.ofSeconds(5));

    assertThat(o.out()).contains("refused").contains("no dns").doesNotContain("connected")
        .doesNotContain("resolved");
  }

  @Test
  void cpuTimeIsLimitedEvenWithoutTheWallTimeKill() throws Exception {
    long start = System.nanoTime();

    Outcome o = python("while True: pass", Duration.ofSeconds(1));

    assertThat(o.exit()).isEqualTo(ExitClassifier.SIGXCPU);
    assertThat((System.nanoTime() - start) / 1_000_000_000.0).isLessThan(30);
  }

  @Test
  void writingALargeFileIsStopped() throws Exception {
    Outcome o = python("""
        try:
            with open('big', 'wb') as f:
                f.write(b'x' * (8 * 1024 * 1024))
            print('written')
        except OSError as e:
            print('refused', e.errno)
        """, Duration.ofSeconds(5));

    assertThat(o.out()).doesNotContain("written");
    assertThat(o.exit() == ExitClassifier.SIGXFSZ || o.out().contains("refused")).isTrue();
  }

  @Test
  void startupRefusesWithoutBubblewrapUnlessExplicitlyAllowed() {
    CPythonConfig noBwrap = CONFIG.withBwrap("/nonexistent/bwrap");

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> CPythonRunner.start(noBwrap, List.of("numpy")))
        .isInstanceOf(SandboxUnavailableException.class)
        .hasMessageContaining("refuses to run untrusted code")
        .hasMessageContaining("bwrap (/nonexistent/bwrap) is not installed")
        .hasMessageContaining("allow_unsandboxed");

    CPythonRunner.Started open = CPythonRunner.start(noBwrap.withAllowUnsandboxed(true),
        List.of("numpy", "no-such-package"));
    try (var runner = open.runner()) {
      assertThat(open.isolation()).isEqualTo(Isolation.NONE);
      assertThat(open.packages()).containsKey("numpy").doesNotContainKey("no-such-package");
    }
  }

  @Test
  void theProbeReportsVersionsOfTheHostPackages() {
    assertThat(SharedCPython.started().packages()).containsKeys(SharedCPython.PACKAGES
        .toArray(String[]::new));
    assertThat(SharedCPython.started().packages().get("numpy")).matches("\\d+\\.\\d+.*");
  }

}
