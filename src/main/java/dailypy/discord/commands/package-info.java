/**
 * One class per slash command (its definition and handler) and per button those commands show:
 * /submit, /hint, /explain (and its reveal button), /question, /streak, /leaderboard, /profile,
 * /forget-me (and its confirmation), /setup. A new command is a class here plus one line in
 * {@code DiscordBot}. /hint and /explain share {@code QuestionHelpCommand} (which question, asked
 * privately); /streak and /profile share {@code OwnProgressCommand} (the user's own progress).
 */
package dailypy.discord.commands;
