/**
 * One class per slash command (its definition and handler) and per button those commands show:
 * /submit, /hint, /explain (and its reveal button), /question, /streak, /leaderboard, /profile,
 * /forget-me (and its confirmation), /setup. A new command is a class here plus one line in
 * {@code DiscordBot}.
 */
package dailypy.discord.commands;
