package dailypy.runner.cpython;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.runner.RunRequest;
import dailypy.runner.RunResult;
import dailypy.runner.SecretCases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bot's planted token and host paths stay out of reach of the CPython backend: through a
 * graded submission, for raw Python in the sandbox with no harness guards in the way (bwrap's
 * own pid 1 used to keep the bot's whole environment in /proc/1/environ), and in the sandbox
 * processes' environments seen from the host.
 */
class CPythonSecretsTest {

  @BeforeAll
  static void secretsArePlanted() {
    SecretCases.assertPlanted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dailypy.runner.SecretCases#attacks")
  void aSubmissionFindsNoSecretAndNoHostPath(SecretCases.Attack attack) {
    RunResult result = SharedCPython.started().runner().run(RunRequest.of(attack.code(),
        SecretCases.ANSWER_IS_ZERO));

    SecretCases.assertNothingFound(attack.name(), result.toString(), attack);
  }

  @Test
  void rawPythonInTheSandboxFindsNoSecretAndNoHostPath() throws Exception {
    // Host paths are built at run time and reported by index: the code itself is visible in
    // /proc/self/cmdline, which the script prints.
    String code = """
        import os, sys
        def show(label, path):
            try:
                print(label, open(path, 'rb').read().replace(b'\\0', b' '))
            except OSError as e:
                print(label, 'unreadable', e.errno)
        print('environ', dict(os.environ))
        print('cwd', os.getcwd(), 'home', os.path.expanduser('~'), 'path', sys.path)
        for name in ('self', '1', str(os.getppid())):
            for part in ('environ', 'cmdline'):
                show('/proc/%s/%s' % (name, part), '/proc/%s/%s' % (name, part))
        for pid in sorted(p for p in os.listdir('/proc') if p.isdigit()):
            show('/proc/%s/environ' % pid, '/proc/%s/environ' % pid)
        show('mountinfo', '/proc/self/mountinfo')
        for i, place in enumerate([HOME, PROJECT]):
            print('probe', i, 'exists' if os.path.exists(place) else 'absent')
        """.replace("HOME", SecretCases.pyString(System.getProperty("user.home")))
        .replace("PROJECT", SecretCases.pyString(System.getProperty("user.dir")));

    SandboxContainmentTest.Outcome o = SandboxContainmentTest.python(code, Duration.ofSeconds(10));

    assertThat(o.out()).as(o.err()).contains("/proc/self/environ b'HOME=/home/sandbox")
        .contains("probe 0 absent").contains("probe 1 absent");
    SecretCases.assertNoneIn("what raw python saw", o.out() + o.err());
  }

  @Test
  void noSandboxProcessHoldsASecret() throws Exception {
    Process p = SandboxContainmentTest.start("import time; time.sleep(20)",
        Duration.ofSeconds(30));
    try {
      List<ProcessHandle> chain = new ArrayList<>(List.of(p.toHandle()));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (p.descendants().count() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(50);  // bwrap forks its pid 1, which starts python
      }
      p.descendants().forEach(chain::add);
      assertThat(chain).hasSizeGreaterThanOrEqualTo(3);
      for (ProcessHandle h : chain) {
        SecretCases.assertNoneIn("environ of " + h.pid(), environ(h.pid()));
      }
    } finally {
      p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static String environ(long pid) throws IOException {
    return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ")),
        StandardCharsets.UTF_8);
  }
}
