package dailypy.discord;

import java.util.List;

/**
 * What the bot shows of a question. Built from the question bank by the wiring; the solution is
 * only ever shown by /explain.
 */
public record BotQuestion(
    String id,
    String title,
    String level,
    String topic,
    String kind,
    String prompt,
    String starter,
    List<String> hints,
    String explanation,
    String solution,
    List<Option> options) {

  public BotQuestion {
    hints = List.copyOf(hints);
    options = List.copyOf(options);
    starter = starter == null ? "" : starter;
    solution = solution == null ? "" : solution;
  }

  public boolean isQuiz() {
    return "quiz".equals(kind);
  }

  public boolean isOutput() {
    return "output".equals(kind);
  }

  /** A quiz option. */
  public record Option(String text, boolean correct, String why) {}
}
