package dailypy.discord.commands;

import dailypy.app.ProgressPort;
import dailypy.discord.interactions.OffEventThread;
import dailypy.discord.interactions.SlashCommand;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * A private look at the user's own progress in this server (/streak, /profile), without options.
 * The reply is deferred and written off the event thread, since it reads the progress store.
 */
abstract class OwnProgressCommand implements SlashCommand {
  protected final ProgressPort progress;
  private final SlashCommandData data;

  /** @param data the command's name and description */
  OwnProgressCommand(ProgressPort progress, SlashCommandData data) {
    this.progress = progress;
    this.data = data;
  }

  /** Edits the deferred private reply with the progress of {@code user} in {@code guild}. */
  abstract void answer(SlashCommandInteractionEvent e, long guild, long user);

  @Override
  public final SlashCommandData data() {
    return data;
  }

  @Override
  public final void onSlash(SlashCommandInteractionEvent e) {
    long guild = e.getGuild().getIdLong();
    long user = e.getUser().getIdLong();
    OffEventThread.reply(e, true, "/" + data.getName(), () -> answer(e, guild, user));
  }
}
