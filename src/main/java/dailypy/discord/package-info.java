/**
 * The Discord front end (JDA), a thin layer over the application layer ({@link
 * dailypy.app.App}). {@link dailypy.discord.DiscordBot} logs in and wires the rest;
 * {@code TutorListener} hands messages to {@code answers} and interactions to the registry in
 * {@code interactions}. Sub-packages follow the flow: {@code commands} (one class per slash
 * command), {@code answers} (every way an answer reaches grading), {@code daily} (the scheduler's
 * posts), {@code render} (what the bot sends). All JDA types stay inside this package.
 */
package dailypy.discord;
