package dailypy.discord.answers;

import dailypy.app.ProgressPort;
import dailypy.discord.render.QuestionText;
import dailypy.questions.Question;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;

/**
 * Grades answers posted as messages: in a daily thread or as a reply to a question. An edit of the
 * answer re-grades it and edits the bot's earlier result message instead of posting a new one,
 * also after a restart (the store remembers which message that is). Edits are never refused:
 * one that comes during the cooldown or while the answer is still grading waits its turn.
 */
public final class AnswerMessages {
  /** Result messages kept in memory; older ones are read back from the store when edited. */
  private static final int REMEMBERED = 5000;

  private final ProgressPort progress;
  private final boolean replyGrading;
  private final QuestionLocator locator;
  private final GradingFlow flow;
  private final EditRegrades edits;
  /** The user's answer message id → the bot's result message, least recently used out first. */
  private final Map<Long, ResultMessage> results = Collections.synchronizedMap(
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, ResultMessage> eldest) {
          return size() > REMEMBERED;
        }
      });

  /** @param replyGrading whether the bot reads messages (the MESSAGE_CONTENT intent is on) */
  public AnswerMessages(ProgressPort progress, boolean replyGrading, QuestionLocator locator, GradingFlow flow,
      EditRegrades edits) {
    this.progress = progress;
    this.replyGrading = replyGrading;
    this.locator = locator;
    this.flow = flow;
    this.edits = edits;
  }

  public void onMessage(MessageReceivedEvent event) {
    if (!event.isFromGuild() || event.getAuthor().isBot() || !replyGrading) {
      return;
    }
    handle(event.getGuild().getIdLong(), event.getChannel(), event.getMessage(), Source.POSTED, null);
  }

  public void onEdit(MessageUpdateEvent event) {
    if (!event.isFromGuild() || event.getAuthor().isBot() || !replyGrading) {
      return;
    }
    handle(event.getGuild().getIdLong(), event.getChannel(), event.getMessage(), Source.EDITED, null);
  }

  /** Whether answers come as messages at all (without MESSAGE_CONTENT they come as forms only). */
  boolean readsMessages() {
    return replyGrading;
  }

  /**
   * An answer the bot may have missed (read back from the channel after a restart): graded unless
   * this process has it already or the store says it got its final message. {@code reply} is the
   * bot's reply to it found in the channel (a status line a killed process never replaced), or
   * null: the result then edits that reply instead of posting another. Returns whether it was
   * handed to grading (or answered, when it holds nothing to grade).
   */
  boolean catchUp(long guildId, MessageChannel channel, Message message, Long reply) {
    if (message.getAuthor().isBot() || !replyGrading || results.containsKey(message.getIdLong())
        || progress.answered(guildId, message.getIdLong())) {
      return false;
    }
    return handle(guildId, channel, message, Source.MISSED, reply);
  }

  /**
   * How a message came: posted (an answer whose author may be told to slow down), edited, or
   * missed and found on catching up; edits and missed answers wait their turn instead.
   */
  private enum Source { POSTED, EDITED, MISSED }

  private boolean handle(long guildId, MessageChannel channel, Message message, Source source, Long reply) {
    boolean edited = source == Source.EDITED;
    Optional<QuestionLocator.Located> located = locator.forMessage(guildId, channel, message);
    if (located.isEmpty()) {
      return false;
    }
    Question q = located.get().question();
    long answerId = message.getIdLong();
    ResultMessage result;
    if (edited) {
      result = results.computeIfAbsent(answerId, id -> ResultMessage.saved(guildId, id, channel, progress));
    } else {
      result = reply == null
          ? ResultMessage.none(guildId, answerId, channel, progress)
          : ResultMessage.existing(guildId, answerId, channel, progress, reply);
      if (results.putIfAbsent(answerId, result) != null) {
        return false; // handled already: a MESSAGE_CREATE delivered again, or one the catch-up found too
      }
    }
    if (QuestionText.picksOption(q)) {
      edits.cancel(answerId);
      result.fail("This one is a quiz: answer with the buttons under the question.");
      return true;
    }
    Optional<String> answer = ChatAnswers.answerIn(q, message.getContentRaw());
    if (answer.isEmpty()) {
      edits.cancel(answerId);
      result.fail(ChatAnswers.noAnswer(message.getContentRaw()));
      return true;
    }
    GradingFlow.Job job = GradingFlow.Job.ownMessage(q, located.get().daily(), guildId,
        message.getAuthor().getIdLong(), answer.get(), answerId);
    switch (source) {
      case EDITED -> edits.grade(answerId, job, result);
      case MISSED -> edits.gradeMissed(answerId, job, result);
      case POSTED -> flow.start(job, result);
    }
    return true;
  }
}
