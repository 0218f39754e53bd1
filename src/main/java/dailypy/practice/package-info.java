/**
 * The terminal front end: {@code tutor practice} shows questions, takes answers typed, pasted,
 * edited in {@code $EDITOR} or saved to a watched file, and grades them with the same question
 * bank, runner and progress store as the bot, under a local user. Plain text when stdout is not a
 * terminal, so scripts and tests drive it through stdin and stdout.
 */
package dailypy.practice;
