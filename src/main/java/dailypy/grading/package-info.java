/**
 * Grading: turns a user's answer (a chat message or a file) and a {@link dailypy.questions.Question}
 * into a {@link dailypy.runner.RunResult}. Code answers are extracted from fenced blocks and run
 * through a {@link dailypy.runner.Runner}; quiz and output answers are graded here in Java without
 * running anything. {@link dailypy.grading.QuestionValidator} proves a question with its own
 * reference and wrong solutions.
 */
package dailypy.grading;
