package dailypy.questions;

import java.util.List;

/**
 * What a question shows, kind-neutral: its prompt, a block of code (the starter to complete or the
 * snippet to predict) and the options to pick from. Front ends render these parts in order and
 * never ask which kind produced them.
 *
 * @param codeLabel a heading for the code ("Starter code"), empty when the code belongs to the prompt
 * @param code the code block, empty when there is none
 * @param options the options to pick from, empty unless the answer is a choice
 */
public record Presentation(String prompt, String codeLabel, String code,
    List<Question.Option> options, AnswerForm form) {

  public Presentation {
    prompt = prompt == null ? "" : prompt.strip();
    code = code == null ? "" : code.stripTrailing();
    options = List.copyOf(options);
  }

  public boolean hasCode() {
    return !code.isBlank();
  }
}
