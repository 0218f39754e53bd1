package dailypy.runner.graal;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.runner.ChildEnvironment;
import dailypy.runner.RunRequest;
import dailypy.runner.RunResult;
import dailypy.runner.SecretCases;
import dailypy.runner.cpython.Isolation;
import dailypy.runner.sandbox.HostTools;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bot's planted token and host paths stay out of reach of the GraalPy backend: through a
 * graded submission, in the worker processes' environments seen from the host, and for plain
 * Java in the worker sandbox, as if GraalPy's own sandbox had been escaped.
 */
class WorkerSecretsTest {

  @BeforeAll
  static void secretsArePlanted() {
    SecretCases.assertPlanted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dailypy.runner.SecretCases#attacks")
  void aSubmissionFindsNoSecretAndNoHostPath(SecretCases.Attack attack) {
    RunResult result = SharedPool.runner().run(RunRequest.of(attack.code(),
        SecretCases.ANSWER_IS_ZERO));

    SecretCases.assertNothingFound(attack.name(), result.toString(), attack);
  }

  @Test
  void asRootWorkersRunInBubblewrapAsNobody() throws IOException {
    WorkerLaunch launch = WorkerSandbox.launch(PoolConfig.defaults());

    assertThat(launch.isolation()).isEqualTo(HostTools.uid() == 0
        ? Isolation.BWRAP_AS_NOBODY : Isolation.BWRAP);
  }

  @Test
  void noWorkerProcessHoldsASecretOrShowsAHostPath() throws Exception {
    WorkerProcess worker = WorkerProcess.start(PoolConfig.defaults().withWorkers(1));
    try {
      assertThat(worker.awaitReady(180_000)).as(worker.stderrTail()).isTrue();
      List<ProcessHandle> chain = worker.processes();
      assertThat(chain).hasSizeGreaterThanOrEqualTo(3);  // bwrap, bwrap's pid 1, java
      for (ProcessHandle p : chain) {
        String environ = proc(p.pid(), "environ");
        SecretCases.assertNoneIn("environ of " + p.pid(), environ);
        // bwrap sets PWD itself when it changes into the home.
        assertThat(environ.split("\0")).as("environ of " + p.pid())
            .allMatch(v -> List.of("PATH", "LANG", "HOME", "PWD").contains(v.split("=")[0]));
        SecretCases.assertNoneIn("cmdline of " + p.pid(), proc(p.pid(), "cmdline"));
      }
      if (HostTools.uid() == 0) {
        assertThat(proc(worker.pid(), "status")).containsPattern("Uid:\\s+65534\\s");
      }
    } finally {
      worker.stop();
    }
  }

  @Test
  void plainJavaInTheWorkerSandboxFindsNoSecretHostFileOrNetwork() throws Exception {
    WorkerLaunch launch = WorkerSandbox.launch(PoolConfig.defaults());
    Process p = ChildEnvironment.clean(new ProcessBuilder(launch.command(
        WorkerProcess.jvmOptions(128), List.of(), SnoopMain.class.getName())))
        .redirectErrorStream(true).start();
    try (OutputStream in = p.getOutputStream()) {
      in.write((System.getProperty("user.home") + "\n" + System.getProperty("user.dir") + "\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    String seen = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(seen).contains("/proc/self/environ HOME=/home/sandbox")  // the reading works
        .contains("user.home /home/sandbox").contains("user.dir /home/sandbox")
        .contains("probe 0 absent").contains("probe 1 absent").contains("network refused");
    SecretCases.assertNoneIn("what the sandboxed JVM saw", seen);
  }

  private static String proc(long pid, String file) throws IOException {
    return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), file)),
        StandardCharsets.UTF_8);
  }
}
