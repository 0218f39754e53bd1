package dailypy.discord;

import dailypy.app.App;
import dailypy.app.ProgressPort;
import dailypy.app.QuestionCatalog;

/** The services every handler uses, built once by the bot. */
public record BotContext(App app, DiscordOptions options, GradingQueue queue) {

  public QuestionCatalog questions() {
    return app.questions();
  }

  public ProgressPort progress() {
    return app.progress();
  }
}
