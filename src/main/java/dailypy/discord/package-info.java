/**
 * The Discord front end (JDA). It is a thin layer: questions, grading and progress are reached
 * through the small ports in this package ({@link dailypy.discord.QuestionCatalog},
 * {@link dailypy.discord.AnswerGrader}, {@link dailypy.discord.ProgressPort}), wired in
 * {@code dailypy.cli.Wiring}. All JDA types stay inside this package.
 */
package dailypy.discord;
