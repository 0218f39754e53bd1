package dailypy.discord.interactions;

import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;

/** One context-menu command on a message ("Grade this"). */
public interface MessageCommand {

  /** What is registered with Discord; its name routes the command here. */
  CommandData data();

  /** Runs the command; the registry has checked it is used in a server. */
  void onMessageCommand(MessageContextInteractionEvent e);
}
