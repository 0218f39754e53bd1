/**
 * The application layer both front ends ({@code discord}, {@code practice}) call, and nothing
 * below it knows about them. {@link dailypy.app.App} holds the three ports — {@link
 * dailypy.app.QuestionCatalog} ({@link dailypy.app.BankQuestions}), {@code grading.Grader} and
 * {@link dailypy.app.ProgressPort} ({@link dailypy.app.StoreProgress}) — and the use cases on
 * them: {@link dailypy.app.Answering} (grade → record → award, quiz presses, hints) and {@link
 * dailypy.app.DailySchedule} (which question each level gets on a day, what is due). "Today" for
 * a guild or the local {@link dailypy.app.Player} is {@link dailypy.app.ProgressPort#today}.
 */
package dailypy.app;
