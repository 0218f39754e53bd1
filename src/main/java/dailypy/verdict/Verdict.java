package dailypy.verdict;

/** The overall outcome of one run. The first group comes from the harness, the rest from the pool. */
public enum Verdict {
  PASSED("✅", "Passed"),
  FAILED("❌", "Failed"),
  SYNTAX_ERROR("🧩", "Syntax error"),
  RUNTIME_ERROR("💥", "Runtime error"),
  TIMEOUT("⏱️", "Time limit exceeded"),
  MEMORY_LIMIT("🧠", "Memory limit exceeded"),
  OUTPUT_LIMIT("📜", "Output limit exceeded"),
  FORBIDDEN("🚫", "Rule broken"),
  SANDBOX("🔒", "Sandbox violation"),
  NO_CODE("❔", "No code"),
  /** The queue was full; nothing ran. The caller should say so and let the user retry. */
  BUSY("⏳", "Grader busy"),
  /** The grader itself failed; the message carries a reference id that is also logged. */
  ERROR("⚠️", "Grader error");

  private final String emoji;
  private final String label;

  Verdict(String emoji, String label) {
    this.emoji = emoji;
    this.label = label;
  }

  public String emoji() {
    return emoji;
  }

  public String label() {
    return label;
  }

  public boolean passed() {
    return this == PASSED;
  }

  /**
   * Whether the user's attempt is recorded: BUSY and ERROR are the grader's failures, not the
   * user's, and NO_CODE is not an attempt either.
   */
  public boolean isAttempt() {
    return this != BUSY && this != ERROR && this != NO_CODE;
  }
}
