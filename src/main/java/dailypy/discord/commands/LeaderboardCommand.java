package dailypy.discord.commands;

import dailypy.app.ProgressPort;
import dailypy.discord.interactions.OffEventThread;
import dailypy.discord.interactions.SlashCommand;
import dailypy.discord.render.DiscordLimits;
import dailypy.discord.render.Embeds;
import dailypy.discord.render.MessageEdits;
import dailypy.progress.LeaderboardEntry;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** /leaderboard: this week's or the all-time top 10, for everyone to see (mentions ping nobody). */
public final class LeaderboardCommand implements SlashCommand {
  private static final int TOP = 10;

  private final ProgressPort progress;

  public LeaderboardCommand(ProgressPort progress) {
    this.progress = progress;
  }

  @Override
  public SlashCommandData data() {
    return Commands.slash("leaderboard", "The guild leaderboard")
        .addOptions(new OptionData(OptionType.STRING, "period", "Which board", false)
            .addChoice("weekly", "weekly").addChoice("all-time", "all-time"));
  }

  @Override
  public void onSlash(SlashCommandInteractionEvent e) {
    long guild = e.getGuild().getIdLong();
    boolean weekly = !"all-time".equals(e.getOption("period", "weekly", OptionMapping::getAsString));
    // mentions render as names but ping nobody: the edit allows no mention
    OffEventThread.reply(e, false, "/leaderboard",
        () -> e.getHook().editOriginal(MessageEdits.embeds(board(weekly, progress.leaderboard(guild, weekly, TOP))))
            .queue());
  }

  static MessageEmbed board(boolean weekly, List<LeaderboardEntry> rows) {
    EmbedBuilder b = new EmbedBuilder().setTitle(weekly ? "🏆 This week" : "🏆 All time");
    if (rows.isEmpty()) {
      b.setDescription("Nobody has scored yet. Be the first!");
    } else {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < rows.size(); i++) {
        LeaderboardEntry r = rows.get(i);
        s.append(i + 1).append(". <@").append(Long.toUnsignedString(r.userId())).append("> · ")
            .append(r.points()).append(" pts · ").append(r.solved()).append(" solved\n");
      }
      b.setDescription(DiscordLimits.description(s.toString()));
    }
    return Embeds.fit(b);
  }
}
