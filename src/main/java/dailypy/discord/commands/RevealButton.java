package dailypy.discord.commands;

import dailypy.app.App;
import dailypy.discord.interactions.ButtonHandler;
import dailypy.discord.interactions.ComponentId;
import dailypy.discord.interactions.OffEventThread;
import dailypy.discord.render.Embeds;
import dailypy.discord.render.MessageEdits;
import dailypy.questions.Question;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;

/** "Reveal the answer" under /explain's question: records the reveal, then shows the explanation. */
public final class RevealButton implements ButtonHandler {
  static final ComponentId.Format FORMAT = new ComponentId.Format("explain", 1, false);

  private final App app;

  public RevealButton(App app) {
    this.app = app;
  }

  static ComponentId id(Question q) {
    return FORMAT.id(q.id());
  }

  @Override
  public ComponentId.Format format() {
    return FORMAT;
  }

  @Override
  public void onButton(ButtonInteractionEvent e, ComponentId id) {
    String questionId = id.arg(0);
    long guild = e.getGuild().getIdLong();
    long user = e.getUser().getIdLong();
    OffEventThread.edit(e, "reveal", () -> {
      Optional<Question> q = app.questions().find(questionId);
      if (q.isEmpty()) {
        e.getHook().sendMessage("That question no longer exists.").setEphemeral(true).queue();
        return;
      }
      app.progress().recordReveal(guild, user, q.get().id());
      e.getHook().editOriginal(MessageEdits.builder().setContent("Revealed. Points for this question are forfeited.")
          .setEmbeds(Embeds.explanation(q.get())).setComponents().build()).queue();
    });
  }
}
