package dailypy.runner.graal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dailypy.runner.HarnessReply;
import java.io.PrintStream;

/**
 * The worker's side of the JSON lines it exchanges with {@link WorkerProcess}: one message a
 * line on stdin, one reply a line on stdout. Only this class writes to the real stdout.
 */
final class WorkerProtocol {

  private final ObjectMapper json = new ObjectMapper();
  private final PrintStream out;

  WorkerProtocol(PrintStream out) {
    this.out = out;
  }

  JsonNode read(String line) throws JsonProcessingException {
    return json.readTree(line);
  }

  /** The worker is warm and takes messages. */
  void ready() {
    out.println("{\"ready\":true}");
  }

  /** A message's reply, with the session's CPU time so far. */
  void reply(long id, HarnessReply reply, long sessionCpuNanos) throws JsonProcessingException {
    out.println(json.writeValueAsString(encode(id, reply).put("cpuNanos", sessionCpuNanos)));
  }

  /** The session ended; {@code retire} asks the pool to replace this worker. */
  void ended(long id, boolean retire) throws JsonProcessingException {
    out.println(json.writeValueAsString(json.createObjectNode()
        .put("id", id).put("kind", "ended").put("retire", retire)));
  }

  /** Says the canary failed, then ends the process: no user code runs here again. */
  void taintedAndHalt(long id) throws JsonProcessingException {
    out.println(json.writeValueAsString(json.createObjectNode()
        .put("id", id).put("kind", "tainted")));
    out.flush();
    Runtime.getRuntime().halt(0);
  }

  /** Answers, then ends the process; the pool starts a fresh worker. */
  void replyAndHalt(long id, HarnessReply reply) {
    try {
      out.println(json.writeValueAsString(encode(id, reply)));
    } catch (Exception ignored) {
      // the pool treats a dead worker without a reply as a timeout anyway
    }
    out.flush();
    Runtime.getRuntime().halt(0);
  }

  private ObjectNode encode(long id, HarnessReply reply) {
    ObjectNode node = json.createObjectNode();
    node.put("id", id);
    switch (reply) {
      case HarnessReply.Completed c -> node.put("kind", "completed").put("json", c.json());
      case HarnessReply.Stopped s -> node.put("kind", "stopped")
          .put("verdict", s.verdict().name()).put("message", s.message()).put("rule", s.rule());
    }
    return node;
  }
}
