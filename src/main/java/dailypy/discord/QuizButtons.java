package dailypy.discord;

import dailypy.grading.QuizGrading;
import dailypy.questions.Question;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;

/** Buttons under a quiz post: one per option, custom id {@code quiz:<question>:<option>}. */
final class QuizButtons {
  static final String PREFIX = "quiz:";

  private QuizButtons() {}

  static List<ActionRow> rows(Question q) {
    List<Button> buttons = new ArrayList<>();
    for (int i = 0; i < q.options().size() && i < 5; i++) {
      String label = QuizGrading.letter(i) + ". " + q.options().get(i).text().replace("`", "");
      buttons.add(Button.secondary(PREFIX + q.id() + ":" + i, DiscordLimits.truncate(label, DiscordLimits.BUTTON_LABEL)));
    }
    return buttons.isEmpty() ? List.of() : List.of(ActionRow.of(buttons));
  }

  /** Parsed custom id, or null when it is not a quiz button. */
  record Press(String questionId, int option) {}

  static Press parse(String customId) {
    if (!customId.startsWith(PREFIX)) {
      return null;
    }
    int colon = customId.lastIndexOf(':');
    try {
      return new Press(customId.substring(PREFIX.length(), colon), Integer.parseInt(customId.substring(colon + 1)));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
