package dailypy.testing;

import dailypy.questions.Question;

/** Builds a {@link Question} for a test from another one, changing only what the test is about. */
public final class QuestionBuilder {
  private String id;
  private String title;
  private String level;
  private String topic;
  private Question.Kind kind;
  private String prompt;
  private String starter;
  private String explanation;
  private String solution;
  private final Question base;

  private QuestionBuilder(Question base) {
    this.base = base;
    this.id = base.id();
    this.title = base.title();
    this.level = base.level();
    this.topic = base.topic();
    this.kind = base.kind();
    this.prompt = base.prompt();
    this.starter = base.starter();
    this.explanation = base.explanation();
    this.solution = base.solution();
  }

  /** A copy of {@code base}, to be changed. */
  public static QuestionBuilder from(Question base) {
    return new QuestionBuilder(base);
  }

  public QuestionBuilder id(String id) {
    this.id = id;
    return this;
  }

  public QuestionBuilder title(String title) {
    this.title = title;
    return this;
  }

  public QuestionBuilder level(String level) {
    this.level = level;
    return this;
  }

  public QuestionBuilder topic(String topic) {
    this.topic = topic;
    return this;
  }

  public QuestionBuilder kind(Question.Kind kind) {
    this.kind = kind;
    return this;
  }

  public QuestionBuilder prompt(String prompt) {
    this.prompt = prompt;
    return this;
  }

  public QuestionBuilder starter(String starter) {
    this.starter = starter;
    return this;
  }

  public QuestionBuilder explanation(String explanation) {
    this.explanation = explanation;
    return this;
  }

  public QuestionBuilder solution(String solution) {
    this.solution = solution;
    return this;
  }

  public Question build() {
    Question b = base;
    return new Question(id, title, level, topic, kind, b.source(), b.guideNumber(), prompt, starter, b.tests(),
        b.constraints(), b.hints(), explanation, solution, b.wrongSolutions(), b.requires(), b.limits(), b.tags(),
        b.options(), b.snippet(), b.expectedOutput(), b.wrongAnswers());
  }
}
