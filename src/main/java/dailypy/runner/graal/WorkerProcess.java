package dailypy.runner.graal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dailypy.runner.ChildEnvironment;
import dailypy.runner.HarnessReply;
import dailypy.runner.TextTail;
import dailypy.verdict.Verdict;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One worker JVM, seen from the pool: start it, send a request, read a reply, kill it. */
final class WorkerProcess {

  private static final Logger LOG = LoggerFactory.getLogger(WorkerProcess.class);
  private static final String EOF = "\u0000eof";
  private static final int STDERR_TAIL_CHARS = 4000;

  private final ObjectMapper json = new ObjectMapper();
  private final Process process;
  private final BufferedWriter stdin;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final TextTail stderrTail;
  private long nextId;

  private WorkerProcess(Process process) {
    this.process = process;
    this.stdin = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(),
        StandardCharsets.UTF_8));
    Thread.ofPlatform().daemon().name("worker-out-" + process.pid())
        .start(() -> pumpLines(process.getInputStream()));
    this.stderrTail = TextTail.follow(process.getErrorStream(), STDERR_TAIL_CHARS,
        "worker-err-" + process.pid());
  }

  /**
   * Starts a worker JVM in the sandbox the pool setting chose ({@link WorkerSandbox}), from an
   * empty environment: nothing of the bot's, such as DISCORD_TOKEN, reaches it.
   */
  static WorkerProcess start(PoolConfig config) throws IOException {
    List<String> options = new ArrayList<>(jvmOptions(config.heapMb()));
    options.add("-Dlogback.configurationFile=dailypy/runner/graal/worker-logback.xml");
    List<String> command = WorkerSandbox.launch(config).command(options, config.extraJvmArgs(),
        WorkerMain.class.getName());
    return new WorkerProcess(ChildEnvironment.clean(new ProcessBuilder(command)).start());
  }

  /** Options of every JVM that runs GraalPy for the pool: workers and the cache filler. */
  static List<String> jvmOptions(int heapMb) {
    return List.of(
        "-Xmx" + heapMb + "m",
        "-Xss8m",
        "-XX:+UseSerialGC",
        "-XX:+ExitOnOutOfMemoryError",
        "-XX:TieredStopAtLevel=1",
        "-XX:-UsePerfData",
        "--enable-native-access=ALL-UNNAMED",
        "--sun-misc-unsafe-memory-access=allow",
        "-Dpolyglot.engine.WarnInterpreterOnly=false");
  }

  /** Waits for the worker's ready line; false if it died or took too long. */
  boolean awaitReady(long timeoutMillis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    while (System.nanoTime() < deadline) {
      String line = lines.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000),
          TimeUnit.MILLISECONDS);
      if (line == null || line.equals(EOF)) {
        return false;
      }
      if (line.contains("\"ready\"")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Sends one harness message of the current session and waits for its reply until the deadline.
   * On a missed deadline or a dead worker it returns TIMEOUT or MEMORY_LIMIT; the caller must
   * then replace this worker.
   */
  Exchange send(String harnessRequest, long cpuMillis, long wallMillis, long deadlineMillis)
      throws InterruptedException {
    var message = json.createObjectNode();
    message.put("op", "send").put("request", harnessRequest).put("cpuMillis", cpuMillis)
        .put("wallMillis", wallMillis);
    return exchange(message, deadlineMillis, cpuMillis);
  }

  /** Ends the session: the worker drops the interpreter and readies (and checks) the next. */
  Exchange end(long deadlineMillis) throws InterruptedException {
    return exchange(json.createObjectNode().put("op", "end"), deadlineMillis, 0);
  }

  private Exchange exchange(com.fasterxml.jackson.databind.node.ObjectNode message,
      long deadlineMillis, long cpuMillis) throws InterruptedException {
    long id = ++nextId;
    try {
      message.put("id", id);
      stdin.write(json.writeValueAsString(message));
      stdin.write('\n');
      stdin.flush();
    } catch (IOException e) {
      return new Exchange(deathReply(cpuMillis), false, 0);
    }
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(deadlineMillis);
    while (true) {
      long left = deadline - System.nanoTime();
      String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
      if (line == null) {
        return new Exchange(HarnessReply.Stopped.of(Verdict.TIMEOUT,
            "Your code took longer than " + cpuMillis / 1000.0 + " s."), false, 0);
      }
      if (line.equals(EOF)) {
        return new Exchange(deathReply(cpuMillis), false, 0);
      }
      try {
        JsonNode reply = json.readTree(line);
        if (reply.path("id").asLong() != id) {
          continue; // a stale reply from a request that already timed out here
        }
        if (reply.path("kind").asText().equals("tainted")) {
          return Exchange.TAINTED;
        }
        return new Exchange(decode(reply), process.isAlive()
            && !reply.path("retire").asBoolean(false), reply.path("cpuNanos").asLong(0));
      } catch (IOException e) {
        LOG.warn("worker {} wrote a line that is not a reply: {}", process.pid(),
            line.length() > 200 ? line.substring(0, 200) : line);
      }
    }
  }

  /**
   * A reply, whether the worker can take another message, and the session's CPU time so far.
   */
  record Exchange(HarnessReply reply, boolean reusable, long cpuNanos) {
    /** The worker's canary failed before the message ran: send it to a fresh worker. */
    static final Exchange TAINTED = new Exchange(HarnessReply.Stopped.of(Verdict.ERROR,
        "the worker failed its canary"), false, 0);
  }

  private HarnessReply deathReply(long cpuMillis) {
    try {
      process.waitFor(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    String tail = stderrTail();
    boolean oom = tail.contains("OutOfMemoryError") || tail.contains("Java heap space")
        || (!process.isAlive() && process.exitValue() == 3);
    LOG.info("worker {} died (exit {}), oom={}", process.pid(),
        process.isAlive() ? "alive" : process.exitValue(), oom);
    return oom
        ? HarnessReply.Stopped.of(Verdict.MEMORY_LIMIT, "Your code used too much memory.")
        : HarnessReply.Stopped.of(Verdict.TIMEOUT,
            "Your code used more than " + cpuMillis / 1000.0 + " s of CPU time.");
  }

  private static HarnessReply decode(JsonNode reply) {
    if (reply.path("kind").asText().equals("ended")) {
      return new HarnessReply.Completed("");
    }
    if (reply.path("kind").asText().equals("completed")) {
      return new HarnessReply.Completed(reply.path("json").asText());
    }
    JsonNode rule = reply.get("rule");
    return new HarnessReply.Stopped(Verdict.valueOf(reply.path("verdict").asText("ERROR")),
        reply.path("message").asText(""), rule == null || rule.isNull() ? null : rule.asText());
  }

  void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Asks the worker to exit by closing its stdin, then kills it if it lingers. */
  void stop() {
    try {
      stdin.close();
      if (!process.waitFor(3, TimeUnit.SECONDS)) {
        kill();
      }
    } catch (IOException | InterruptedException e) {
      kill();
    }
  }

  /**
   * The worker JVM's pid: inside bubblewrap the direct child is bwrap, and the JVM is the one
   * process below it with no children (for memory measurements and logs).
   */
  long pid() {
    return process.descendants().filter(h -> h.children().findAny().isEmpty())
        .mapToLong(ProcessHandle::pid).findFirst().orElse(process.pid());
  }

  /** The process the pool started (bwrap or setpriv in a sandbox), and the ones below it. */
  List<ProcessHandle> processes() {
    List<ProcessHandle> all = new ArrayList<>(List.of(process.toHandle()));
    process.descendants().forEach(all::add);
    return all;
  }

  String stderrTail() {
    return stderrTail.text();
  }

  private void pumpLines(InputStream in) {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in,
        StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
    } catch (IOException ignored) {
      // the process ended; EOF below tells the waiting side
    }
    lines.add(EOF);
  }
}
