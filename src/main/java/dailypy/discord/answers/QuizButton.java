package dailypy.discord.answers;

import dailypy.app.Answering.QuizPress;
import dailypy.app.App;
import dailypy.app.Player;
import dailypy.discord.interactions.ButtonHandler;
import dailypy.discord.interactions.ComponentId;
import dailypy.discord.interactions.OffEventThread;
import dailypy.discord.render.DiscordLimits;
import dailypy.discord.render.MessageEdits;
import dailypy.discord.render.ResultEmbed;
import dailypy.grading.QuizGrading;
import dailypy.progress.DailyPost;
import dailypy.questions.Question;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;

/**
 * The buttons under a quiz post, one per option. A press answers the quiz privately; on a daily
 * quiz only a user's first press counts, like any answer, for points and streaks. Buttons from
 * before versioned ids ({@code quiz:<question>:<option>}) stay answerable.
 */
public final class QuizButton implements ButtonHandler {
  static final ComponentId.Format FORMAT = new ComponentId.Format("quiz", 1, true);
  /** One row holds five buttons. */
  private static final int MAX_BUTTONS = 5;

  private final App app;

  public QuizButton(App app) {
    this.app = app;
  }

  /** A press: the question and the option's index. */
  public record Press(String questionId, int option) {
    public ComponentId id() {
      return FORMAT.id(questionId, String.valueOf(option));
    }

    /** @throws IllegalArgumentException when the id's arguments are malformed */
    static Press of(ComponentId id) {
      return new Press(id.arg(0), Integer.parseInt(id.arg(1)));
    }
  }

  /** The buttons for a quiz; none for a question without options. */
  public static List<ActionRow> rows(Question q) {
    List<Button> buttons = new ArrayList<>();
    for (int i = 0; i < q.options().size() && i < MAX_BUTTONS; i++) {
      String label = QuizGrading.letter(i) + ". " + q.options().get(i).text().replace("`", "");
      buttons.add(Button.secondary(new Press(q.id(), i).id().encode(),
          DiscordLimits.truncate(label, DiscordLimits.BUTTON_LABEL)));
    }
    return buttons.isEmpty() ? List.of() : List.of(ActionRow.of(buttons));
  }

  @Override
  public ComponentId.Format format() {
    return FORMAT;
  }


  @Override
  public void onButton(ButtonInteractionEvent e, ComponentId id) {
    Press press = Press.of(id);
    Player player = new Player(e.getGuild().getIdLong(), e.getUser().getIdLong());
    OffEventThread.reply(e, true, "quiz answer", () -> {
      DailyPost daily = app.progress().dailyPostByMessageOrThread(player.guildId(), e.getMessageIdLong()).orElse(null);
      QuizPress result = app.answering().pressQuiz(player, press.questionId(), press.option(), daily);
      e.getHook().editOriginal(MessageEdits.text(DiscordLimits.message(text(result)))).queue();
    });
  }

  static String text(QuizPress result) {
    return switch (result) {
      case QuizPress.Unavailable x -> "That quiz is no longer available.";
      case QuizPress.DayOver over -> "This quiz's day is over. The answer was **"
          + QuizGrading.letter(over.correct()) + "**: " + over.question().options().get(over.correct()).why();
      case QuizPress.AlreadyAnswered x ->
          "You already answered this quiz: only your first press counts. The tally comes when the day ends.";
      case QuizPress.Counted c -> counted(c);
    };
  }

  private static String counted(QuizPress.Counted c) {
    StringBuilder s = new StringBuilder(c.correct() ? "✅ Correct!" : "❌ Not quite.").append(" You chose **")
        .append(QuizGrading.letter(c.option())).append("**: ").append(c.question().options().get(c.option()).why());
    if (c.award() != null) {
      // a daily quiz answer counts like any other answer for points and streaks
      String earned = ResultEmbed.earned(c.award());
      if (!earned.isEmpty()) {
        s.append('\n').append(earned);
      }
      s.append("\n-# The tally is shown when the day ends.");
    }
    return s.toString();
  }
}
