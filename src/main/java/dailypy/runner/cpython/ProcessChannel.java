package dailypy.runner.cpython;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dailypy.runner.HarnessReply;
import dailypy.runner.Limits;
import dailypy.runner.StoppingChannel;
import dailypy.verdict.Verdict;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;

/**
 * A conversation with sandboxed host-CPython processes: one process per interpreter, taken from
 * the pre-started ones or started on the first message, with the CPU time of the user's code
 * measured from outside (the process tree's CPU time in /proc, from the moment the user's run
 * begins) and held to the limit.
 */
final class ProcessChannel extends StoppingChannel {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long POLL_MILLIS = 10;
  /** RLIMIT_CPU is a backstop behind the measured limit; imports count towards it too. */
  private static final Duration RLIMIT_ALLOWANCE = Duration.ofSeconds(10);
  /** A process started here may take this much CPU to import its packages before it begins. */
  private static final Duration STARTUP_CPU =
      Duration.ofMillis(CPythonBackend.STARTUP_ALLOWANCE_MILLIS);

  private final SandboxCommand sandbox;
  private final SecureRandom random;
  private final PrestartedProcesses prestarted;
  private SandboxedProcess process;
  private long cpuAtBegin;
  private long earlierNanos;
  private long wallNanos;

  /**
   * @param prestarted ready processes to take for a question that requires no package, or null
   *     to start a fresh process for every interpreter
   */
  ProcessChannel(SandboxCommand sandbox, Limits limits, long graceMillis, SecureRandom random,
      PrestartedProcesses prestarted) {
    super(limits, graceMillis);
    this.sandbox = sandbox;
    this.random = random;
    this.prestarted = prestarted;
  }

  @Override
  protected HarnessReply exchange(String messageJson) {
    try {
      if (process == null) {
        HarnessReply.Stopped failed = start(requiresOf(messageJson));
        if (failed != null) {
          return stop(failed);
        }
      }
      process.write(messageJson.replace("\n", " ") + "\n");
    } catch (IOException e) {
      // the process is gone; the wait below classifies how it ended
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return stop(HarnessReply.Stopped.of(Verdict.ERROR, "interrupted"));
    }
    try {
      return awaitReply();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return stop(HarnessReply.Stopped.of(Verdict.ERROR, "interrupted"));
    }
  }

  @Override
  protected void discardInterpreter() {
    if (process == null) {
      return;
    }
    earlierNanos += userCpuNanos();
    process.kill(graceMillis);
    process = null;
  }

  @Override
  public long cpuNanos() {
    return earlierNanos + (process == null ? 0 : userCpuNanos());
  }

  void close() {
    if (process != null) {
      process.kill(graceMillis);
    }
  }

  private HarnessReply awaitReply() throws InterruptedException {
    String replyPrefix = process.marker() + "REPLY";
    long started = System.nanoTime();
    long cpuLimit = limits.cpuTime().toNanos();
    long wallLimit = limits.wallBackstop().toNanos();
    while (true) {
      String line = process.poll(POLL_MILLIS);
      if (line != null && line.startsWith(replyPrefix)) {
        wallNanos += System.nanoTime() - started;
        return new HarnessReply.Completed(line.substring(replyPrefix.length()));
      }
      if (SandboxedProcess.EOF.equals(line)) {
        return stop(process.ended(true, graceMillis));
      }
      if (cpuNanos() > cpuLimit || wallNanos + System.nanoTime() - started > wallLimit) {
        process.kill(graceMillis);
        return stop(HarnessReply.Stopped.of(Verdict.TIMEOUT, "Your code used more than "
            + limits.cpuTime().toMillis() / 1000.0 + " s of CPU time."));
      }
    }
  }

  /**
   * Takes a pre-started interpreter or starts one, and waits until its driver has imported the
   * required packages; then begins the user's run: the user's clock starts there.
   *
   * @return why it could not start, or null
   */
  private HarnessReply.Stopped start(List<String> requires) throws InterruptedException {
    Duration rlimit = limits.cpuTime().plus(RLIMIT_ALLOWANCE);
    long rlimitSeconds = SandboxCommand.cpuSeconds(rlimit);
    if (requires.isEmpty() && prestarted != null) {
      SandboxedProcess taken = prestarted.take(rlimitSeconds);
      // One that died after it was taken, before the user's code reached it, is not the user's
      // doing: a fresh one takes its place.
      if (taken != null && begin(taken, rlimitSeconds)) {
        return null;
      }
    }
    return startFresh(requires, rlimit, rlimitSeconds);
  }

  /** A process started here, with no pre-started one tried. */
  private HarnessReply.Stopped startFresh(List<String> requires, Duration rlimit,
      long rlimitSeconds) throws InterruptedException {
    SandboxedProcess.Launch launch = SandboxedProcess.start(sandbox,
        rlimit.compareTo(STARTUP_CPU) > 0 ? rlimit : STARTUP_CPU, requires, random, graceMillis);
    if (launch.failure() != null) {
      return launch.failure();
    }
    return begin(launch.process(), rlimitSeconds) ? null
        : SandboxedProcess.grader("python ended before the submission began");
  }

  /** Makes p this channel's process and begins the user's run in it; false if it is gone. */
  private boolean begin(SandboxedProcess p, long rlimitSeconds) throws InterruptedException {
    try {
      cpuAtBegin = p.begin(rlimitSeconds);
      process = p;
      return true;
    } catch (IOException e) {
      return false;
    } finally {
      if (process != p) {
        p.kill(graceMillis);  // gone, or interrupted: nobody else will kill it
      }
    }
  }

  private long userCpuNanos() {
    SandboxedProcess p = process;
    return p == null ? 0 : Math.max(0, p.treeCpuNanos() - cpuAtBegin);
  }

  private static List<String> requiresOf(String messageJson) {
    try {
      JsonNode node = JSON.readTree(messageJson);
      List<String> requires = JSON.convertValue(node.path("requires"),
          JSON.getTypeFactory().constructCollectionType(List.class, String.class));
      return requires == null ? List.of() : requires;
    } catch (IOException | IllegalArgumentException e) {
      return List.of();
    }
  }
}
