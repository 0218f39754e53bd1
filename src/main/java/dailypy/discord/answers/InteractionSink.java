package dailypy.discord.answers;

import dailypy.discord.render.DiscordLimits;
import dailypy.discord.render.Embeds;
import dailypy.discord.render.ErrorReference;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;

/** Sends a grading's progress and result by editing a deferred interaction's original response. */
public final class InteractionSink implements ResultSink {
  private final InteractionHook hook;

  public InteractionSink(InteractionHook hook) {
    this.hook = hook;
  }

  @Override
  public void progress(String text) {
    hook.editOriginal(DiscordLimits.message(text)).queue(null, e -> ErrorReference.report("interaction progress", e));
  }

  @Override
  public void deliver(Embeds.Rendered r) {
    MessageEditBuilder edit = new MessageEditBuilder().setContent("").setEmbeds(r.embed());
    if (r.attachment() != null) {
      edit.setFiles(r.attachment());
    }
    hook.editOriginal(edit.build()).queue(null, e -> ErrorReference.report("interaction result", e));
  }

  @Override
  public void fail(String text) {
    progress(text);
  }
}
