/**
 * The question bank: immutable {@link dailypy.questions.Question} records loaded from
 * {@code questions/<level>/<topic>/<id>.yaml}, checked against {@code questions/question.schema.json}
 * and the rules of docs/question-format.md, and a {@link dailypy.questions.QuestionBank} to look
 * them up and pick the next one. Loading collects every problem in the bank before failing.
 */
package dailypy.questions;
