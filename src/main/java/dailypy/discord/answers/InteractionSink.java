package dailypy.discord.answers;

import dailypy.discord.render.DiscordLimits;
import dailypy.discord.render.ErrorReference;
import dailypy.discord.render.MessageEdits;
import dailypy.discord.render.ResultEmbed;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;

/** Sends a grading's progress and result by editing a deferred interaction's original response. */
public final class InteractionSink implements ResultSink {
  private final InteractionHook hook;
  /** Every edit sent so far, answered or not. Guarded by {@code this}. */
  private CompletableFuture<?> sent = CompletableFuture.completedFuture(null);

  public InteractionSink(InteractionHook hook) {
    this.hook = hook;
  }

  @Override
  public void progress(String text) {
    send(hook.editOriginal(MessageEdits.text(DiscordLimits.message(text))), "interaction progress");
  }

  @Override
  public void deliver(ResultEmbed.Rendered r) {
    MessageEditBuilder edit = MessageEdits.builder().setContent("").setEmbeds(r.embed());
    if (r.attachment() != null) {
      edit.setFiles(r.attachment());
    }
    send(hook.editOriginal(edit.build()), "interaction result");
  }

  @Override
  public void fail(String text) {
    progress(text);
  }

  @Override
  public synchronized CompletableFuture<?> sent() {
    return sent;
  }

  private synchronized void send(RestAction<?> action, String what) {
    CompletableFuture<?> request;
    try {
      request = action.submit().handle((ok, e) -> {
        if (e != null) {
          ErrorReference.report(what, e);
        }
        return null;
      });
    } catch (RuntimeException e) { // JDA refused the request (e.g. it is shutting down)
      ErrorReference.report(what, e);
      return;
    }
    sent = CompletableFuture.allOf(sent, request);
  }
}
