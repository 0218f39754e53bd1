/**
 * Every way an answer reaches grading, and its result back: answers posted as messages and their
 * edits ({@code AnswerMessages}, {@code EditRegrades}, {@code ResultMessage}), the /submit form,
 * "Grade this" and quiz buttons; the grading queue (one grading in flight per user, a cooldown)
 * and {@code GradingFlow}, which hands each answer to {@link dailypy.app.Answering}.
 * {@code QuestionLocator} works out which question a message answers. {@code MissedAnswers} reads
 * back, when a shard's session starts, the answers posted while it was away.
 */
package dailypy.discord.answers;
