/**
 * The terminal front end: {@code tutor practice} shows questions, takes answers typed, pasted,
 * edited in {@code $EDITOR} or saved to a watched file, and answers them through the same
 * application layer as the bot ({@link dailypy.app.App}), as the local user
 * ({@code LocalPlayer}). Plain text when stdout is not a terminal, so scripts and tests drive it
 * through stdin and stdout.
 */
package dailypy.practice;
