/**
 * What the bot sends, as pure functions that are unit-tested: embeds for questions and
 * explanations ({@code Embeds}) and for results ({@code ResultEmbed}), the streak calendar PNG, Discord's size limits
 * ({@code DiscordLimits}), escaping of user-derived text ({@code MarkdownSafe}), what Discord
 * shows of a question's texts ({@code QuestionText}), and failure references ({@code ErrorReference}).
 */
package dailypy.discord.render;
