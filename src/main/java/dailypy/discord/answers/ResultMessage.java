package dailypy.discord.answers;

import dailypy.app.ProgressPort;
import dailypy.discord.interactions.OffEventThread;
import dailypy.discord.render.DiscordLimits;
import dailypy.discord.render.ErrorReference;
import dailypy.discord.render.MessageEdits;
import dailypy.discord.render.ResultEmbed;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;

/**
 * The bot's one result message for an answer message: a reply the first time, edited after that.
 *
 * <p>Sends go out one after another, each once the previous one has finished, so an edit always
 * knows the message id. The id is saved in the store, so an edit of the answer after a restart
 * edits the same message. When there is nothing to edit (the first reply failed, or the result
 * message was deleted) the next send replies anew, so no later result is dropped.
 *
 * <p>A status line ("queued", "slow down", a failure reference) changes only the text, so a
 * result already shown stays; a result replaces the text, the embed and the attachment.
 *
 * <p>The first reply carries a nonce derived from the answer message, with {@code enforce_nonce}
 * (JDA always sends it): Discord answers a second reply with the same nonce in the same channel
 * within a few minutes with the message it created the first time. So a bot killed after
 * replying but before saving the reply's id, which grades the answer again when it catches up,
 * finds its earlier reply instead of posting a second one, and edits it when it shows something
 * else (a "Grading…" line the result never replaced).
 */
final class ResultMessage implements ResultSink {
  private final long guildId;
  private final long answerId;
  private final MessageChannel channel;
  private final ProgressPort progress;
  /** The result message's id once the previous send has finished; empty when none exists. */
  private CompletableFuture<OptionalLong> current;

  private ResultMessage(long guildId, long answerId, MessageChannel channel, ProgressPort progress,
      CompletableFuture<OptionalLong> current) {
    this.guildId = guildId;
    this.answerId = answerId;
    this.channel = channel;
    this.progress = progress;
    this.current = current;
  }

  /** For an answer just posted: there is no result message yet. */
  static ResultMessage none(long guildId, long answerId, MessageChannel channel, ProgressPort progress) {
    return new ResultMessage(guildId, answerId, channel, progress,
        CompletableFuture.completedFuture(OptionalLong.empty()));
  }

  /** For an answer the bot replied to already (a reply found in the channel's history): edit that reply. */
  static ResultMessage existing(long guildId, long answerId, MessageChannel channel, ProgressPort progress,
      long resultId) {
    return new ResultMessage(guildId, answerId, channel, progress,
        CompletableFuture.completedFuture(OptionalLong.of(resultId)));
  }

  /** For an edited answer not in memory: the store may know its result message (read off the event thread). */
  static ResultMessage saved(long guildId, long answerId, MessageChannel channel, ProgressPort progress) {
    return new ResultMessage(guildId, answerId, channel, progress, CompletableFuture.supplyAsync(
        () -> progress.resultMessage(guildId, answerId), OffEventThread.executor()));
  }

  @Override
  public void progress(String text) {
    send(new Update(text, null, false));
  }

  @Override
  public void deliver(ResultEmbed.Rendered result) {
    send(new Update(null, result, true));
  }

  /** A final status: why the answer was not graded; shown like a status line. */
  @Override
  public void fail(String text) {
    send(new Update(text, null, true));
  }

  @Override
  public synchronized CompletableFuture<?> sent() {
    return current.handle((id, e) -> null);
  }

  /**
   * A status line (shown above whatever is there) or a result (replacing it all); {@code last}
   * when it is the answer's final message, so the store may mark the answer answered.
   */
  private record Update(String status, ResultEmbed.Rendered result, boolean last) {}

  private synchronized void send(Update update) {
    current = current
        .exceptionally(e -> {
          ErrorReference.report("finding the result message of answer " + answerId, e);
          return OptionalLong.empty();
        })
        .thenCompose(id -> {
          try {
            return id.isPresent() ? edit(id.getAsLong(), update) : reply(update);
          } catch (RuntimeException e) { // JDA refused to build the request (e.g. a missing permission)
            ErrorReference.report("sending the result of answer " + answerId, e);
            return CompletableFuture.completedFuture(id);
          }
        });
  }

  private CompletableFuture<OptionalLong> edit(long id, Update update) {
    return editAction(id, update).submit().handle((ok, e) -> {
      if (e == null) {
        if (update.last()) {
          remember(id, true);
        }
        return CompletableFuture.completedFuture(OptionalLong.of(id));
      }
      if (isUnknownMessage(e)) {
        return reply(update); // the result message was deleted: answer with a new one
      }
      ErrorReference.report("editing result message " + id, e);
      return CompletableFuture.completedFuture(OptionalLong.of(id));
    }).thenCompose(next -> next);
  }

  private CompletableFuture<OptionalLong> reply(Update update) {
    return replyAction(update).submit().handle((message, e) -> {
      if (e != null) {
        ErrorReference.report("replying to answer " + answerId, e);
        return CompletableFuture.completedFuture(OptionalLong.empty()); // the next send replies again
      }
      long id = message.getIdLong();
      if (shows(message, update)) {
        remember(id, update.last());
        return CompletableFuture.completedFuture(OptionalLong.of(id));
      }
      // Discord answered with the reply a killed run made (same nonce): make it show this update
      remember(id, false);
      return edit(id, update);
    }).thenCompose(next -> next);
  }

  /** Saves the result message's id off the event thread; {@code answered} once it shows the final message. */
  private void remember(long id, boolean answered) {
    OffEventThread.executor().execute(() -> {
      try {
        if (answered) {
          progress.saveAnswered(guildId, answerId, id);
        } else {
          progress.saveResultMessage(guildId, answerId, id);
        }
      } catch (RuntimeException x) {
        ErrorReference.report("saving result message " + id + " of answer " + answerId, x);
      }
    });
  }

  /**
   * The nonce of the reply to this answer message: the same on every try, in every process, and
   * within Discord's 25 characters (a snowflake has at most 20 digits).
   */
  static String nonce(long answerMessageId) {
    return "a" + Long.toUnsignedString(answerMessageId);
  }

  /** Whether a message Discord returned for a reply shows {@code update}, as a new reply does. */
  private static boolean shows(Message message, Update update) {
    if (update.result() == null) {
      return message.getContentRaw().equals(DiscordLimits.message(update.status()));
    }
    return message.getContentRaw().isEmpty() && !message.getEmbeds().isEmpty();
  }

  private RestAction<Message> editAction(long id, Update update) {
    if (update.result() == null) {
      return channel.editMessageById(id,
          MessageEdits.builder().setContent(DiscordLimits.message(update.status())).build());
    }
    var action = channel.editMessageById(id,
        MessageEdits.builder().setContent("").setEmbeds(update.result().embed()).build());
    FileUpload file = update.result().attachment();
    return file != null ? action.setFiles(file) : action.setAttachments();
  }

  private RestAction<Message> replyAction(Update update) {
    MessageCreateBuilder message = new MessageCreateBuilder();
    if (update.result() == null) {
      message.setContent(DiscordLimits.message(update.status()));
    } else {
      message.setEmbeds(update.result().embed());
      FileUpload file = update.result().attachment();
      if (file != null) {
        message.addFiles(file);
      }
    }
    return channel.sendMessage(message.build()).setMessageReference(answerId).setNonce(nonce(answerId));
  }

  private static boolean isUnknownMessage(Throwable e) {
    Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    return cause instanceof ErrorResponseException r && r.getErrorResponse() == ErrorResponse.UNKNOWN_MESSAGE;
  }
}
