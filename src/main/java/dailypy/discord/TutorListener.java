package dailypy.discord;

import dailypy.discord.answers.AnswerMessages;
import dailypy.discord.answers.MissedAnswers;
import dailypy.discord.interactions.InteractionRegistry;
import dailypy.discord.render.ErrorReference;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.EntitySelectInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/**
 * Routes JDA events: messages and their edits to {@link AnswerMessages}, interactions to the
 * {@link InteractionRegistry}. A failing message handler is logged with a reference id. When a
 * shard's session starts (or starts anew after it could not resume), {@link MissedAnswers} grades
 * the answers posted while it was away.
 */
final class TutorListener extends ListenerAdapter {
  private final AnswerMessages answers;
  private final MissedAnswers missed;
  private final InteractionRegistry interactions;

  TutorListener(AnswerMessages answers, MissedAnswers missed, InteractionRegistry interactions) {
    this.answers = answers;
    this.missed = missed;
    this.interactions = interactions;
  }

  @Override
  public void onReady(ReadyEvent event) {
    missed.shardStarted(event.getJDA());
  }

  @Override
  public void onSessionRecreate(SessionRecreateEvent event) {
    missed.shardStarted(event.getJDA());
  }

  @Override
  public void onMessageReceived(MessageReceivedEvent event) {
    try {
      answers.onMessage(event);
    } catch (RuntimeException e) {
      replyWithReference(event.getMessage(), ErrorReference.report("message " + event.getMessageId(), e));
    }
  }

  @Override
  public void onMessageUpdate(MessageUpdateEvent event) {
    try {
      answers.onEdit(event);
    } catch (RuntimeException e) {
      replyWithReference(event.getMessage(), ErrorReference.report("edit of " + event.getMessageId(), e));
    }
  }

  private static void replyWithReference(net.dv8tion.jda.api.entities.Message message, String text) {
    message.reply(text).queue(null, x -> { });
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    interactions.onSlash(event);
  }

  @Override
  public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
    interactions.onAutocomplete(event);
  }

  @Override
  public void onModalInteraction(ModalInteractionEvent event) {
    interactions.onModal(event);
  }

  @Override
  public void onMessageContextInteraction(MessageContextInteractionEvent event) {
    interactions.onMessageCommand(event);
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    interactions.onButton(event);
  }

  @Override
  public void onStringSelectInteraction(StringSelectInteractionEvent event) {
    interactions.onOtherComponent(event, "menu");
  }

  @Override
  public void onEntitySelectInteraction(EntitySelectInteractionEvent event) {
    interactions.onOtherComponent(event, "menu");
  }
}
