package dailypy.questions;

import java.util.List;

/**
 * What revealing a question's answer shows besides its explanation: the options with the correct
 * one marked, or a block (the reference solution, or the output a snippet prints).
 *
 * @param label "Reference solution" or "It prints"; empty when there is no block
 * @param language the block's language for highlighting ("python", or "" for plain output)
 */
public record Reveal(String explanation, List<Question.Option> options, String label,
    String language, String block) {

  public Reveal {
    explanation = explanation == null ? "" : explanation;
    options = List.copyOf(options);
    block = block == null ? "" : block.stripTrailing();
  }

  public boolean hasBlock() {
    return !block.isBlank();
  }
}
