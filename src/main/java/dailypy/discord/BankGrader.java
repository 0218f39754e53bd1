package dailypy.discord;

import dailypy.grading.CodeBlocks;
import dailypy.grading.Grader;
import dailypy.questions.QuestionBank;
import dailypy.runner.RunResult;
import dailypy.runner.Verdict;

/** The bot's grader over the grading package: looks the question up in the bank and delegates. */
public final class BankGrader implements AnswerGrader {
  private final QuestionBank bank;
  private final Grader grader;

  public BankGrader(QuestionBank bank, Grader grader) {
    this.bank = bank;
    this.grader = grader;
  }

  @Override
  public RunResult grade(BotQuestion question, String answer, boolean fromChat) {
    return bank.find(question.id())
        .map(q -> grader.grade(q, answer, fromChat))
        .orElseGet(() -> RunResult.of(Verdict.ERROR, "This question is no longer in the bank.", "bot"));
  }

  @Override
  public boolean hasCode(String messageText) {
    return CodeBlocks.extract(messageText).filter(code -> !code.isBlank()).isPresent();
  }
}
