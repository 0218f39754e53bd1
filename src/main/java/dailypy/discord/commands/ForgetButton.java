package dailypy.discord.commands;

import dailypy.app.ProgressPort;
import dailypy.discord.interactions.ButtonHandler;
import dailypy.discord.interactions.ComponentId;
import dailypy.discord.interactions.OffEventThread;
import dailypy.discord.render.MessageEdits;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;

/**
 * "Yes, forget me" under /forget-me: deletes the user's data in the server. A confirmation from
 * before versioned ids is outdated, not honoured: deleting is not done on a guess.
 */
public final class ForgetButton implements ButtonHandler {
  static final ComponentId.Format FORMAT = new ComponentId.Format("forget", 1, false);

  private final ProgressPort progress;

  public ForgetButton(ProgressPort progress) {
    this.progress = progress;
  }

  static ComponentId id() {
    return FORMAT.id();
  }

  @Override
  public ComponentId.Format format() {
    return FORMAT;
  }

  @Override
  public void onButton(ButtonInteractionEvent e, ComponentId id) {
    long guild = e.getGuild().getIdLong();
    long user = e.getUser().getIdLong();
    OffEventThread.edit(e, "forget-me", () -> {
      progress.forget(guild, user);
      e.getHook().editOriginal(MessageEdits.builder()
          .setContent("🗑️ Done: your data in this server is deleted.").setComponents().build()).queue();
    });
  }
}
