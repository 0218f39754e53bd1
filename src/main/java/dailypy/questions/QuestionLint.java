package dailypy.questions;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks of a question's teaching text that need no runner: hints that give the solution away
 * or repeat each other ({@link HintLint}), rules a prompt states that nothing enforces ({@link
 * PromptRuleLint}), quiz options whose {@code why} admits they are right, library-version claims
 * without a version, and complexity lines where the question is not about complexity ({@link
 * TeachingTextLint}), and tests that declare too few hidden mutants, unusable random cases or a
 * performance question without its slow answer ({@link TestSpecLint}). {@code questions
 * validate} reports them as problems (see docs/question-format.md, "Authoring guide").
 *
 * <p>These are heuristics over text: each one is tuned so that the bank is clean and the known
 * defects it was written for are caught.
 */
public final class QuestionLint {

  private QuestionLint() {}

  /** Every problem found, as messages for the author; empty when the question is clean. */
  public static List<String> check(Question q) {
    List<String> problems = new ArrayList<>();
    problems.addAll(HintLint.hintProblems(q));
    problems.addAll(PromptRuleLint.unenforcedPromptRules(q));
    problems.addAll(TeachingTextLint.wrongOptionsThatSoundRight(q));
    problems.addAll(TeachingTextLint.versionClaimsWithoutVersion(q));
    problems.addAll(TeachingTextLint.complexityProblems(q));
    problems.addAll(TestSpecLint.mutantProblems(q));
    problems.addAll(TestSpecLint.randomCaseProblems(q));
    problems.addAll(TestSpecLint.performanceProblems(q));
    return problems;
  }
}
