package dailypy.discord.interactions;

import dailypy.discord.render.ErrorReference;
import dailypy.discord.render.MessageEdits;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import net.dv8tion.jda.api.interactions.callbacks.IMessageEditCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;

/**
 * Work that may wait on the progress store, kept off JDA's event thread: a busy store (busy
 * timeout plus retries) can take longer than the 3 seconds Discord gives an interaction to be
 * acknowledged, and it would hold up every other event meanwhile. Interactions are acknowledged
 * first, then the work replies through the interaction hook. One virtual thread per task, since
 * the work waits on I/O rather than using the CPU (gradings have their own bounded queue).
 */
public final class OffEventThread {
  private static final Executor EXECUTOR =
      Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("store-work-", 0).factory());

  private OffEventThread() {}

  /** The executor for background store work (e.g. saving a result message's id). */
  public static Executor executor() {
    return EXECUTOR;
  }

  /**
   * Acknowledges with a "thinking…" reply at once, then runs {@code work}, which answers by
   * editing that reply through the hook. A failure becomes a reference id in the reply.
   */
  public static void reply(IReplyCallback e, boolean ephemeral, String where, Runnable work) {
    e.deferReply(ephemeral).queue(null, x -> ErrorReference.report("acknowledging " + where, x));
    EXECUTOR.execute(() -> {
      try {
        work.run();
      } catch (RuntimeException ex) {
        e.getHook().editOriginal(MessageEdits.text(ErrorReference.report(where, ex))).queue(null, x -> { });
      }
    });
  }

  /**
   * Acknowledges a button press at once, leaving its message as it is, then runs {@code work},
   * which edits that message through the hook. A failure becomes a private follow-up message with
   * a reference id, so the message the button is on stays intact.
   */
  public static void edit(IMessageEditCallback e, String where, Runnable work) {
    e.deferEdit().queue(null, x -> ErrorReference.report("acknowledging " + where, x));
    EXECUTOR.execute(() -> {
      try {
        work.run();
      } catch (RuntimeException ex) {
        e.getHook().sendMessage(ErrorReference.report(where, ex)).setEphemeral(true).queue(null, x -> { });
      }
    });
  }
}
