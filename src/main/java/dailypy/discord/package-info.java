/**
 * The Discord front end (JDA). It is a thin layer over the application layer ({@link
 * dailypy.app.App}: questions, answering, the daily schedule, progress), wired in {@code
 * dailypy.cli.Wiring}. All JDA types stay inside this package.
 */
package dailypy.discord;
