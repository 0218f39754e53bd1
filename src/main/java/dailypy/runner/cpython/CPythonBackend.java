package dailypy.runner.cpython;

import dailypy.runner.HarnessBackend;
import dailypy.runner.HarnessReply;
import dailypy.runner.HarnessRequests;
import dailypy.runner.Limits;
import dailypy.runner.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the shared harness in a fresh host CPython process per request. The process is wrapped in
 * whatever sandbox command the caller supplies (a bubblewrap prefix); with an empty prefix it
 * runs unsandboxed, which is only for trusted code such as benchmarks of the harness itself.
 *
 * <p>The result travels on stdout behind a random marker that user code never sees, so printing
 * a fake result line does not work; user output is captured by the harness and never reaches
 * stdout.
 */
public final class CPythonBackend implements HarnessBackend {

  private static final String DRIVER = String.join("\n",
      "import sys",
      "marker = sys.stdin.readline().strip()",
      "request = sys.stdin.read()",
      "ns = {'__name__': 'harness'}",
      "exec(compile(open(sys.argv[1], encoding='utf-8').read(), 'harness.py', 'exec'), ns)",
      "result = ns['grade'](request)",
      "out = sys.__stdout__",
      "out.write('\\n' + marker + result + '\\n')",
      "out.flush()",
      "");
  private static final int MAX_STDOUT_BYTES = 8 << 20;

  private final List<String> sandboxPrefix;
  private final String python;
  private final Path harnessFile;
  private final Path driverFile;
  private final long graceMillis;
  private final SecureRandom random = new SecureRandom();

  /**
   * @param sandboxPrefix command words placed before the python command (e.g. bwrap ...)
   * @param python the interpreter, e.g. python3
   * @param workDir where the harness and driver files are written once
   */
  public CPythonBackend(List<String> sandboxPrefix, String python, Path workDir, long graceMillis) {
    this.sandboxPrefix = List.copyOf(sandboxPrefix);
    this.python = python;
    this.graceMillis = graceMillis;
    try {
      Files.createDirectories(workDir);
      this.harnessFile = workDir.resolve("harness.py");
      this.driverFile = workDir.resolve("driver.py");
      Files.writeString(harnessFile, HarnessRequests.harnessSource());
      Files.writeString(driverFile, DRIVER);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the harness to " + workDir, e);
    }
  }

  /** The files the process must be able to read (a sandbox binds them read-only). */
  public List<Path> harnessFiles() {
    return List.of(harnessFile, driverFile);
  }

  @Override
  public HarnessReply execute(String requestJson, Limits limits) {
    String marker = "@@result-" + HexFormat.of().formatHex(random.generateSeed(12)) + "@@";
    List<String> command = new ArrayList<>(sandboxPrefix);
    command.addAll(List.of(python, "-I", driverFile.toString(), harnessFile.toString()));
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(false).start();
    } catch (IOException e) {
      return HarnessReply.Stopped.of(Verdict.ERROR, "cannot start " + python + ": "
          + e.getMessage());
    }
    try {
      ByteArrayOutputStream stdout = new ByteArrayOutputStream();
      Thread reader = Thread.ofPlatform().daemon().start(() -> drain(process.getInputStream(),
          stdout));
      Thread.ofPlatform().daemon().start(() -> drain(process.getErrorStream(),
          new ByteArrayOutputStream()));
      try (OutputStream in = process.getOutputStream()) {
        in.write((marker + "\n").getBytes(StandardCharsets.UTF_8));
        in.write(requestJson.getBytes(StandardCharsets.UTF_8));
      }
      long wall = limits.wallTime().toMillis();
      if (!process.waitFor(wall, TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(graceMillis, TimeUnit.MILLISECONDS);
        return HarnessReply.Stopped.of(Verdict.TIMEOUT,
            "Your code took longer than " + wall / 1000.0 + " s.");
      }
      reader.join(graceMillis);
      String text;
      synchronized (stdout) {
        text = stdout.toString(StandardCharsets.UTF_8);
      }
      int at = text.lastIndexOf(marker);
      if (at < 0) {
        return deathReply(process.exitValue());
      }
      String json = text.substring(at + marker.length()).strip();
      return new HarnessReply.Completed(json);
    } catch (IOException e) {
      return deathReply(process.isAlive() ? -1 : process.exitValue());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      return HarnessReply.Stopped.of(Verdict.ERROR, "interrupted");
    }
  }

  /** The process ended without a result: killed by a resource limit, most likely memory. */
  private static HarnessReply deathReply(int exitCode) {
    // SIGKILL (137) and SIGXCPU (152) come from the sandbox's limits.
    if (exitCode == 152 || exitCode == -1) {
      return HarnessReply.Stopped.of(Verdict.TIMEOUT, "Your code used too much CPU time.");
    }
    return HarnessReply.Stopped.of(Verdict.MEMORY_LIMIT,
        "Your code was stopped (exit " + exitCode + "), most likely for using too much memory.");
  }

  private static void drain(InputStream in, ByteArrayOutputStream sink) {
    byte[] buffer = new byte[8192];
    try (in) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        synchronized (sink) {
          if (sink.size() < MAX_STDOUT_BYTES) {
            sink.write(buffer, 0, n);
          }
        }
      }
    } catch (IOException ignored) {
      // process ended
    }
  }

  @Override
  public String name() {
    return "cpython";
  }

  @Override
  public void close() {
    // nothing long-lived: one process per request
  }
}
