package dailypy.farm;

import dailypy.runner.RunResult;

/** What a grader process does with one job: grade a submission to a question it looks up itself. */
@FunctionalInterface
public interface JobGrader {
  RunResult grade(String questionId, String answer);
}
