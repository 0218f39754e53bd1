package dailypy.questions;

import java.util.List;

/** The bank could not be loaded; carries every problem found, in file order. */
public final class QuestionBankException extends RuntimeException {

  private final List<QuestionProblem> problems;

  public QuestionBankException(List<QuestionProblem> problems) {
    super(problems.size() + " problem(s) in the question bank:\n" + render(problems));
    this.problems = List.copyOf(problems);
  }

  public List<QuestionProblem> problems() {
    return problems;
  }

  private static String render(List<QuestionProblem> problems) {
    StringBuilder sb = new StringBuilder();
    for (QuestionProblem p : problems) {
      sb.append("  ").append(p).append('\n');
    }
    return sb.toString();
  }
}
