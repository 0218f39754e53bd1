package dailypy.discord.commands;

import dailypy.app.ProgressPort;
import dailypy.discord.interactions.OffEventThread;
import dailypy.discord.interactions.SlashCommand;
import dailypy.discord.render.MessageEdits;
import dailypy.progress.Profile;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** /streak: the user's streak, freezes and points, privately. */
public final class StreakCommand implements SlashCommand {
  private final ProgressPort progress;

  public StreakCommand(ProgressPort progress) {
    this.progress = progress;
  }

  @Override
  public SlashCommandData data() {
    return Commands.slash("streak", "Your current streak and points");
  }

  @Override
  public void onSlash(SlashCommandInteractionEvent e) {
    long guild = e.getGuild().getIdLong();
    OffEventThread.reply(e, true, "/streak", () -> {
      Profile p = progress.profile(guild, e.getUser().getIdLong());
      e.getHook().editOriginal(MessageEdits.text("🔥 streak " + p.streak().current() + " (longest " + p.streak().longest()
          + ") · 🧊 freezes " + p.streak().freezes() + " · ⭐ " + p.points() + " points")).queue();
    });
  }
}
