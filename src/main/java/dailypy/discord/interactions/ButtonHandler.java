package dailypy.discord.interactions;

import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;

/** The handler of one kind of button, found by the handler part of the button's id. */
public interface ButtonHandler extends Component {

  /**
   * Handles a press; {@code id} is in this handler's current format. A malformed argument may
   * throw {@link IllegalArgumentException}: the user is told the button is no longer valid.
   */
  void onButton(ButtonInteractionEvent e, ComponentId id);
}
