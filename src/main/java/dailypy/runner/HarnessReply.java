package dailypy.runner;

import dailypy.verdict.Verdict;

/** What a backend got back from the harness: its JSON, or why there is none. */
public sealed interface HarnessReply {

  /** The harness ran to the end and answered with this JSON. */
  record Completed(String json) implements HarnessReply {}

  /**
   * The run was stopped from outside the harness (time, memory, a sandbox denial that surfaced as
   * a host error, a full queue, a crash).
   *
   * @param rule for SANDBOX, the category: file, network, process, thread or host
   */
  record Stopped(Verdict verdict, String message, String rule) implements HarnessReply {
    public static Stopped of(Verdict verdict, String message) {
      return new Stopped(verdict, message, null);
    }
  }
}
