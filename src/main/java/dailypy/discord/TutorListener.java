package dailypy.discord;

import dailypy.discord.answers.AnswerMessages;
import dailypy.discord.answers.MissedAnswers;
import dailypy.discord.interactions.InteractionRegistry;
import dailypy.discord.render.ErrorReference;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.GenericSelectMenuInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.hooks.EventListener;

/**
 * Routes JDA events, in one table: messages and their edits to {@link AnswerMessages},
 * interactions to the {@link InteractionRegistry}. A failing message handler is logged with a
 * reference id. When a shard's session starts (or starts anew after it could not resume), {@link
 * MissedAnswers} grades the answers posted while it was away. Every other event is ignored.
 */
record TutorListener(AnswerMessages answers, MissedAnswers missed, InteractionRegistry interactions)
    implements EventListener {

  @Override
  public void onEvent(GenericEvent event) {
    switch (event) {
      case ReadyEvent e -> missed.shardStarted(e.getJDA());
      case SessionRecreateEvent e -> missed.shardStarted(e.getJDA());
      case MessageReceivedEvent e -> guarded(e.getMessage(), "message ", () -> answers.onMessage(e));
      case MessageUpdateEvent e -> guarded(e.getMessage(), "edit of ", () -> answers.onEdit(e));
      case SlashCommandInteractionEvent e -> interactions.onSlash(e);
      case CommandAutoCompleteInteractionEvent e -> interactions.onAutocomplete(e);
      case ModalInteractionEvent e -> interactions.onModal(e);
      case MessageContextInteractionEvent e -> interactions.onMessageCommand(e);
      case ButtonInteractionEvent e -> interactions.onButton(e);
      case GenericSelectMenuInteractionEvent<?, ?> e -> interactions.onOtherComponent(e, "menu");
      default -> { }
    }
  }

  /** Runs a message handler; if it fails, the author gets the reference of the logged failure. */
  private static void guarded(Message message, String what, Runnable handler) {
    try {
      handler.run();
    } catch (RuntimeException e) {
      String reference = ErrorReference.report(what + message.getId(), e);
      message.reply(reference).queue(null, x -> { });
    }
  }
}
