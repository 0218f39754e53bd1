package dailypy.discord.interactions;

import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** One slash command: its definition (name, options) and its handler. */
public interface SlashCommand {

  /** What is registered with Discord; its name routes the command here. */
  SlashCommandData data();

  /** Runs the command; the registry has checked it is used in a server. */
  void onSlash(SlashCommandInteractionEvent e);

  /** Answers autocomplete for one of its options; none by default. */
  default void onAutocomplete(CommandAutoCompleteInteractionEvent e) {
    e.replyChoices(List.of()).queue();
  }
}
