/**
 * Grading: a submission and a question become a verdict. Code questions are turned into a runner
 * request ({@link dailypy.grading.RequestBuilder}); quiz and output answers are graded in Java
 * ({@link dailypy.grading.QuizGrading}); {@link dailypy.grading.QuestionValidator} proves every
 * question of the bank with its reference and wrong solutions.
 */
package dailypy.grading;
