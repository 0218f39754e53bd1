package dailypy.discord.interactions;

import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;

/** The handler of one kind of modal form, found by the handler part of the modal's id. */
public interface ModalHandler extends Component {

  /**
   * Handles a submitted form; {@code id} is in this handler's current format. A malformed argument
   * may throw {@link IllegalArgumentException}: the user is told the form is no longer valid.
   */
  void onModal(ModalInteractionEvent e, ComponentId id);
}
