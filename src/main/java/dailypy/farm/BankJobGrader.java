package dailypy.farm;

import dailypy.grading.Grader;
import dailypy.questions.QuestionBank;
import dailypy.runner.RunResult;
import dailypy.verdict.Verdict;

/**
 * The grader process's {@link JobGrader}: the question (and its answer key) comes from this
 * process's own bank, never from the job.
 */
public record BankJobGrader(QuestionBank bank, Grader grader) implements JobGrader {

  @Override
  public RunResult grade(String questionId, String answer) {
    return bank.find(questionId)
        .map(q -> grader.grade(q, answer))
        .orElseGet(() -> RunResult.of(Verdict.ERROR, "This grader does not know question "
            + questionId + "; its question bank is older than the bot's.", "farm"));
  }
}
