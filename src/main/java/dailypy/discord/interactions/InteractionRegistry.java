package dailypy.discord.interactions;

import dailypy.discord.render.ErrorReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.GenericComponentInteractionCreateEvent;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every interaction the bot handles, by name, and the routing of JDA's events to them. Commands
 * are found by their registered name, buttons and modals by the handler part of their
 * {@link ComponentId}. Every interaction gets an answer: one used outside a server, an unknown or
 * outdated button, form or menu (all "out of date" to the user), and a handler's failure (with a logged reference) each get a short
 * private reply, never Discord's "This interaction failed".
 */
public final class InteractionRegistry {
  private static final Logger LOG = LoggerFactory.getLogger(InteractionRegistry.class);
  static final String SERVERS_ONLY = "This bot works in servers only.";
  static final String UNKNOWN_COMMAND = "Unknown command.";
  private static final String BUTTON = "button";
  private static final String FORM = "form";

  private final Map<String, SlashCommand> slashCommands;
  private final Map<String, MessageCommand> messageCommands;
  private final Map<String, ButtonHandler> buttons;
  private final Map<String, ModalHandler> modals;

  public InteractionRegistry(List<SlashCommand> slashCommands, List<MessageCommand> messageCommands,
      List<ButtonHandler> buttons, List<ModalHandler> modals) {
    this.slashCommands = byName(slashCommands, c -> c.data().getName());
    this.messageCommands = byName(messageCommands, c -> c.data().getName());
    this.buttons = byName(buttons, c -> c.format().handler());
    this.modals = byName(modals, c -> c.format().handler());
  }

  private static <T> Map<String, T> byName(List<T> handlers, Function<T, String> name) {
    Map<String, T> map = new LinkedHashMap<>();
    for (T h : handlers) {
      if (map.putIfAbsent(name.apply(h), h) != null) {
        throw new IllegalArgumentException("two handlers named " + name.apply(h));
      }
    }
    return Map.copyOf(map);
  }

  /** The application commands to register with Discord, all limited to servers. */
  public List<CommandData> commandData() {
    List<CommandData> all = new ArrayList<>();
    slashCommands.values().forEach(c -> all.add(c.data()));
    messageCommands.values().forEach(c -> all.add(c.data()));
    all.forEach(c -> c.setContexts(InteractionContextType.GUILD));
    return all;
  }

  public void onSlash(SlashCommandInteractionEvent e) {
    guarded(e, "/" + e.getName(), null, () -> {
      SlashCommand command = slashCommands.get(e.getName());
      if (inServer(e, e.getGuild()) && known(e, command)) {
        command.onSlash(e);
      }
    });
  }

  public void onAutocomplete(CommandAutoCompleteInteractionEvent e) {
    SlashCommand command = slashCommands.get(e.getName());
    if (command == null) {
      e.replyChoices(List.of()).queue();
      return;
    }
    command.onAutocomplete(e);
  }

  public void onMessageCommand(MessageContextInteractionEvent e) {
    guarded(e, e.getName(), null, () -> {
      MessageCommand command = messageCommands.get(e.getName());
      if (inServer(e, e.getGuild()) && known(e, command)) {
        command.onMessageCommand(e);
      }
    });
  }

  public void onButton(ButtonInteractionEvent e) {
    guarded(e, "button " + e.getComponentId(), BUTTON, () -> {
      if (inServer(e, e.getGuild())) {
        current(e, BUTTON, e.getComponentId(), buttons).ifPresent(h -> h.handler().onButton(e, h.id()));
      }
    });
  }

  public void onModal(ModalInteractionEvent e) {
    guarded(e, "modal " + e.getModalId(), FORM, () -> {
      if (inServer(e, e.getGuild())) {
        current(e, FORM, e.getModalId(), modals).ifPresent(h -> h.handler().onModal(e, h.id()));
      }
    });
  }

  /**
   * A kind of component the bot does not make now (a select menu): one from an older bot, or a
   * forged one. It is acknowledged as out of date, so Discord never shows "This interaction failed".
   */
  public void onOtherComponent(GenericComponentInteractionCreateEvent e, String kind) {
    guarded(e, kind + " " + e.getComponentId(), kind, () -> {
      LOG.info("{} id '{}' has no handler", kind, e.getComponentId());
      reply(e, outdated(kind));
    });
  }

  /** A component's handler and its id in the handler's current format. */
  private record Routed<H extends Component>(H handler, ComponentId id) {}

  /** The handler for a component id, or empty after telling the user the component is stale. */
  private static <H extends Component> Optional<Routed<H>> current(IReplyCallback e, String kind, String customId,
      Map<String, H> handlers) {
    Optional<ComponentId> id = ComponentId.parse(customId);
    H handler = id.map(i -> handlers.get(i.handler())).orElse(null);
    if (handler == null) {
      // most likely made by an older bot: to its user, it is simply out of date
      LOG.info("unknown {} id '{}'", kind, customId);
      reply(e, outdated(kind));
      return Optional.empty();
    }
    Optional<ComponentId> current =
        id.get().version() == handler.format().version() ? id : handler.upgrade(id.get());
    if (current.isEmpty()) {
      LOG.info("outdated {} id '{}' (current version {})", kind, customId, handler.format().version());
      reply(e, outdated(kind));
      return Optional.empty();
    }
    return Optional.of(new Routed<>(handler, current.get()));
  }

  static String outdated(String kind) {
    return "This " + kind + " is out of date: the bot has changed since it was made, so nothing was done."
        + " Run the command again to get a new one.";
  }

  private static boolean inServer(IReplyCallback e, Guild guild) {
    if (guild == null) {
      reply(e, SERVERS_ONLY);
    }
    return guild != null;
  }

  private static boolean known(IReplyCallback e, Object handler) {
    if (handler == null) {
      reply(e, UNKNOWN_COMMAND);
    }
    return handler != null;
  }

  private static void reply(IReplyCallback e, String text) {
    e.reply(text).setEphemeral(true).queue(null, x -> ErrorReference.report("answering an interaction", x));
  }

  /**
   * Runs a handler. A malformed argument of a component ({@code kind} not null) found before any
   * answer makes it outdated; any other failure becomes a short private message with a logged
   * reference id.
   */
  static void guarded(IReplyCallback e, String where, String kind, Runnable handler) {
    try {
      handler.run();
    } catch (IllegalArgumentException bad) {
      if (kind != null && !e.isAcknowledged()) {
        LOG.info("malformed {}: {}", where, bad.getMessage());
        reply(e, outdated(kind));
      } else {
        fail(e, where, bad);
      }
    } catch (RuntimeException ex) {
      fail(e, where, ex);
    }
  }

  private static void fail(IReplyCallback e, String where, RuntimeException ex) {
    String message = ErrorReference.report(where, ex);
    if (e.isAcknowledged()) {
      e.getHook().sendMessage(message).setEphemeral(true).queue(null, x -> { });
    } else {
      e.reply(message).setEphemeral(true).queue(null, x -> { });
    }
  }
}
