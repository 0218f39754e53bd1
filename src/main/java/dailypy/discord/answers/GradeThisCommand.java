package dailypy.discord.answers;

import dailypy.discord.interactions.MessageCommand;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;

/**
 * "Grade this", the context menu on any message: grades the code in it against the question it
 * answers. Only the author's own answer counts towards points and streaks; anyone else sees the
 * result privately.
 */
public record GradeThisCommand(QuestionLocator locator, GradingFlow flow) implements MessageCommand {
  public static final String NAME = "Grade this";

  @Override
  public CommandData data() {
    return Commands.message(NAME);
  }

  @Override
  public void onMessageCommand(MessageContextInteractionEvent e) {
    Message target = e.getTarget();
    long guild = e.getGuild().getIdLong();
    String text = target.getContentRaw();
    Optional<QuestionLocator.Located> l = locator.forMessage(guild, target.getChannel(), target)
        .or(() -> locator.byDefinitions(guild, ChatAnswers.code(text).orElse("")));
    if (l.isEmpty()) {
      e.reply("I can't tell which question that message answers. Use it on an answer in a daily"
          + " question's thread, on a reply to a question, or on code that defines the"
          + " question's function or class; or use `/submit`.").setEphemeral(true).queue();
      return;
    }
    Optional<String> answer = ChatAnswers.answerIn(l.get().question(), text);
    if (answer.isEmpty()) {
      e.reply(ChatAnswers.noAnswer(text)).setEphemeral(true).queue();
      return;
    }
    boolean own = target.getAuthor().getIdLong() == e.getUser().getIdLong();
    GradingQueue.Admission admission = flow.tryStart(new GradingFlow.Job(l.get().question(), l.get().daily(), guild,
        target.getAuthor().getIdLong(), e.getUser().getIdLong(), answer.get(), own), new InteractionSink(e.getHook()));
    if (admission instanceof GradingQueue.Accepted) {
      e.deferReply(!own).queue();
    } else {
      // not now: said privately (the answer stays in its message)
      e.reply(GradingQueue.refusal(admission)).setEphemeral(true).queue();
    }
  }
}
