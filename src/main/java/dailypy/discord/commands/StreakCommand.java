package dailypy.discord.commands;

import dailypy.app.ProgressPort;
import dailypy.discord.render.MessageEdits;
import dailypy.progress.Profile;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.Commands;

/** /streak: the user's streak, freezes and points, privately. */
public final class StreakCommand extends OwnProgressCommand {

  public StreakCommand(ProgressPort progress) {
    super(progress, Commands.slash("streak", "Your current streak and points"));
  }

  @Override
  void answer(SlashCommandInteractionEvent e, long guild, long user) {
    Profile p = progress.profile(guild, user);
    e.getHook().editOriginal(MessageEdits.text("🔥 streak " + p.streak().current() + " (longest " + p.streak().longest()
        + ") · 🧊 freezes " + p.streak().freezes() + " · ⭐ " + p.points() + " points")).queue();
  }
}
