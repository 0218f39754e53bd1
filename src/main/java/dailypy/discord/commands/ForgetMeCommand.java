package dailypy.discord.commands;

import dailypy.discord.interactions.SlashCommand;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** /forget-me: asks for confirmation; {@link ForgetButton} deletes. */
public final class ForgetMeCommand implements SlashCommand {

  @Override
  public SlashCommandData data() {
    return Commands.slash("forget-me", "Delete your data in this server");
  }

  @Override
  public void onSlash(SlashCommandInteractionEvent e) {
    e.reply("This deletes your streak, points and history in this server. Sure?")
        .setEphemeral(true)
        .setComponents(ActionRow.of(Button.danger(ForgetButton.id().encode(), "Yes, forget me")))
        .queue();
  }
}
