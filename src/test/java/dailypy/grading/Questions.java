package dailypy.grading;

import dailypy.questions.Fixtures;
import dailypy.questions.Question;
import java.util.List;

/** The fixture questions, and broken variants of them built in code. */
final class Questions {

  private Questions() {}

  static Question get(String id) {
    return Fixtures.good().find(id).orElseThrow();
  }

  static Question withSolution(Question q, String solution) {
    return new Question(q.id(), q.title(), q.level(), q.topic(), q.kind(), q.source(),
        q.guideNumber(), q.prompt(), q.starter(), q.tests(), q.constraints(), q.hints(),
        q.explanation(), solution, q.wrongSolutions(), q.requires(), q.limits(), q.tags(),
        q.options(), q.snippet(), q.expectedOutput(), q.wrongAnswers());
  }

  static Question withOptions(Question q, List<Question.Option> options) {
    return new Question(q.id(), q.title(), q.level(), q.topic(), q.kind(), q.source(),
        q.guideNumber(), q.prompt(), q.starter(), q.tests(), q.constraints(), q.hints(),
        q.explanation(), q.solution(), q.wrongSolutions(), q.requires(), q.limits(), q.tags(),
        options, q.snippet(), q.expectedOutput(), q.wrongAnswers());
  }

  static Question withRequires(Question q, List<String> requires) {
    return new Question(q.id(), q.title(), q.level(), q.topic(), q.kind(), q.source(),
        q.guideNumber(), q.prompt(), q.starter(), q.tests(), q.constraints(), q.hints(),
        q.explanation(), q.solution(), q.wrongSolutions(), requires, q.limits(), q.tags(),
        q.options(), q.snippet(), q.expectedOutput(), q.wrongAnswers());
  }

  static Question withWrongAnswers(Question q, List<String> wrongAnswers) {
    return new Question(q.id(), q.title(), q.level(), q.topic(), q.kind(), q.source(),
        q.guideNumber(), q.prompt(), q.starter(), q.tests(), q.constraints(), q.hints(),
        q.explanation(), q.solution(), q.wrongSolutions(), q.requires(), q.limits(), q.tags(),
        q.options(), q.snippet(), q.expectedOutput(), wrongAnswers);
  }

  /** The question with 50 random cases (their generator is never run by a fake runner). */
  static Question withRandomCases(Question q, String call) {
    Question.Tests t = q.tests();
    Question.Tests tests = new Question.Tests(t.style(), t.cases(), t.moduleName(),
        t.reference(), t.mutants(), new Question.RandomCases(50, 1L,
            "def generate(rng, i):\n    return ([i],)\n", call, List.of(), false, null));
    return new Question(q.id(), q.title(), q.level(), q.topic(), q.kind(), q.source(),
        q.guideNumber(), q.prompt(), q.starter(), tests, q.constraints(), q.hints(),
        q.explanation(), q.solution(), q.wrongSolutions(), q.requires(), q.limits(), q.tags(),
        q.options(), q.snippet(), q.expectedOutput(), q.wrongAnswers());
  }
}
