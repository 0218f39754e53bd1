/**
 * The question bank: YAML files under {@code questions/<level>/<topic>/<id>.yaml}, checked
 * against {@code questions/question.schema.json} and {@link dailypy.questions.QuestionRules} by
 * {@link dailypy.questions.QuestionLoader}, held in a {@link dailypy.questions.QuestionBank} that
 * picks questions. Proving questions by running them lives in {@code grading}.
 */
package dailypy.questions;
