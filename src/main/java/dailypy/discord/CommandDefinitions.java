package dailypy.discord;

import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;

/** The application commands the bot registers. All of them are limited to guilds. */
final class CommandDefinitions {
  static final String GRADE_THIS = "Grade this";

  private CommandDefinitions() {}

  static List<CommandData> all() {
    OptionData question = new OptionData(OptionType.STRING, "question", "Question id (default: today's)", false, true);
    OptionData level = new OptionData(OptionType.STRING, "level", "Level", false)
        .addChoice("basic", "basic").addChoice("intermediate", "intermediate").addChoice("advanced", "advanced");
    List<CommandData> commands = List.of(
        Commands.slash("submit", "Submit an answer in a form")
            .addOptions(new OptionData(OptionType.STRING, "question", "Question id", true, true)),
        Commands.slash("hint", "Get the next hint for a question").addOptions(question),
        Commands.slash("explain", "Show the explanation and reference solution").addOptions(question),
        Commands.slash("question", "A practice question on demand")
            .addOptions(level, new OptionData(OptionType.STRING, "topic", "Topic, e.g. strings", false)),
        Commands.slash("streak", "Your current streak and points"),
        Commands.slash("leaderboard", "The guild leaderboard")
            .addOptions(new OptionData(OptionType.STRING, "period", "Which board", false)
                .addChoice("weekly", "weekly").addChoice("all-time", "all-time")),
        Commands.slash("profile", "Your stats, weak topics and a 90-day streak calendar"),
        Commands.slash("forget-me", "Delete your data in this server"),
        Commands.slash("setup", "Configure daily questions (Manage Server)")
            .addOptions(
                new OptionData(OptionType.CHANNEL, "channel", "Where daily questions are posted", false),
                new OptionData(OptionType.STRING, "levels", "Comma-separated: basic,intermediate,advanced", false),
                new OptionData(OptionType.STRING, "time", "Post time, HH:mm (24 h)", false),
                new OptionData(OptionType.STRING, "timezone", "IANA timezone, e.g. Europe/Berlin", false),
                new OptionData(OptionType.ROLE, "role", "Role to ping with each post", false),
                new OptionData(OptionType.BOOLEAN, "no_role", "Stop pinging a role", false),
                new OptionData(OptionType.BOOLEAN, "threads", "Open a thread per question", false),
                new OptionData(OptionType.BOOLEAN, "pause", "Pause daily posting", false),
                new OptionData(OptionType.BOOLEAN, "post_now", "Post today's questions now", false))
            .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER)),
        Commands.message(GRADE_THIS));
    commands.forEach(c -> c.setContexts(InteractionContextType.GUILD));
    return commands;
  }
}
