package dailypy.discord;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Grades answers posted as messages: in a daily thread or as a reply to a question. An edit of the
 * answer re-grades it and edits the bot's earlier result message instead of posting a new one.
 */
final class AnswerMessages {
  static final String HOW_TO = "I couldn't find a code block in your answer. Wrap your code like this:\n"
      + "\\`\\`\\`python\ndef my_answer():\n    ...\n\\`\\`\\`\n(or use `/submit`).";
  private static final int REMEMBERED = 5000;

  private final BotContext ctx;
  private final QuestionLocator locator;
  private final GradingFlow flow;
  /** The user's answer message id → the bot's result message id, most recent first out. */
  private final Map<Long, CompletableFuture<Long>> results = Collections.synchronizedMap(
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, CompletableFuture<Long>> eldest) {
          return size() > REMEMBERED;
        }
      });

  AnswerMessages(BotContext ctx, QuestionLocator locator, GradingFlow flow) {
    this.ctx = ctx;
    this.locator = locator;
    this.flow = flow;
  }

  void onMessage(MessageReceivedEvent event) {
    if (!event.isFromGuild() || event.getAuthor().isBot() || !ctx.options().messageContent()) {
      return;
    }
    handle(event.getGuild().getIdLong(), event.getChannel(), event.getMessage());
  }

  void onEdit(MessageUpdateEvent event) {
    if (!event.isFromGuild() || event.getAuthor().isBot() || !ctx.options().messageContent()) {
      return;
    }
    handle(event.getGuild().getIdLong(), event.getChannel(), event.getMessage());
  }

  private void handle(long guildId, MessageChannel channel, Message message) {
    Optional<QuestionLocator.Located> located = locator.forMessage(guildId, channel, message);
    if (located.isEmpty()) {
      return;
    }
    BotQuestion q = located.get().question();
    ReplySink sink = new ReplySink(message, results.get(message.getIdLong()));
    results.put(message.getIdLong(), sink.resultId);
    if (q.isQuiz()) {
      sink.fail("This one is a quiz: answer with the buttons under the question.");
      return;
    }
    String text = message.getContentRaw();
    // output predictions may be plain text; code answers need a code block
    if (!q.isOutput() && !ctx.grader().hasCode(text)) {
      sink.fail(HOW_TO);
      return;
    }
    flow.start(new GradingFlow.Job(q, located.get().daily(), guildId, message.getAuthor().getIdLong(),
        message.getAuthor().getIdLong(), text, true, true), sink);
  }

  /**
   * Replies to the answer once, then edits that reply. {@code resultId} completes with the reply's
   * id, so a later edit of the answer edits the same reply.
   */
  private static final class ReplySink implements ResultSink {
    private final Message answer;
    private final CompletableFuture<Long> resultId;
    private final boolean existing;

    ReplySink(Message answer, CompletableFuture<Long> previous) {
      this.answer = answer;
      this.existing = previous != null;
      this.resultId = previous != null ? previous : new CompletableFuture<>();
    }

    @Override
    public void progress(String text) {
      send(new MessageEditBuilder().setContent(DiscordLimits.message(text)).setEmbeds().build(), null);
    }

    @Override
    public void deliver(Embeds.Rendered r) {
      send(new MessageEditBuilder().setContent("").setEmbeds(r.embed()).build(), r);
    }

    @Override
    public void fail(String text) {
      progress(text);
    }

    private boolean replied;

    private synchronized void send(MessageEditData edit, Embeds.Rendered r) {
      MessageChannel channel = answer.getChannel();
      if (existing || replied) {
        // edit the one reply, once its id is known
        resultId.thenAccept(id -> {
          var action = channel.editMessageById(id, edit);
          action = r != null && r.attachment() != null ? action.setFiles(r.attachment()) : action.setAttachments();
          action.queue(null, e -> ErrorReference.report("editing result message", e));
        });
        return;
      }
      replied = true;
      var reply = answer.reply(MessageCreateData.fromEditData(edit));
      if (r != null && r.attachment() != null) {
        reply = reply.addFiles(r.attachment());
      }
      reply.queue(m -> resultId.complete(m.getIdLong()), e -> {
        resultId.completeExceptionally(e);
        ErrorReference.report("replying to an answer", e);
      });
    }
  }
}
