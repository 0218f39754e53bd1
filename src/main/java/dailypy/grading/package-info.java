/**
 * Grading: a submission and a question become a verdict. {@link dailypy.grading.Grader} is the
 * port the application layer grades through; answers arrive bare (where they came from, a chat
 * message or a file, is the front end's business). Code questions are turned into a runner
 * request ({@link dailypy.grading.RequestBuilder}); quiz and output answers are graded in Java
 * ({@link dailypy.grading.QuizGrading}); {@link dailypy.grading.QuestionValidator} proves every
 * question of the bank with its reference and wrong solutions.
 */
package dailypy.grading;
