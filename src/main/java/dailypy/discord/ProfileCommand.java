package dailypy.discord;

import dailypy.discord.ProgressPort.Profile;
import java.util.Map;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.utils.FileUpload;

/** /profile: stats, weak topics and the 90-day calendar PNG. Drawing runs off the event thread. */
final class ProfileCommand {
  private final BotContext ctx;

  ProfileCommand(BotContext ctx) {
    this.ctx = ctx;
  }

  void handle(SlashCommandInteractionEvent e) {
    long guild = e.getGuild().getIdLong();
    long user = e.getUser().getIdLong();
    OffEventThread.reply(e, true, "/profile", () -> {
      var today = ctx.today(guild);
      Profile p = ctx.progress().profile(guild, user, today);
      // a display name is the user's own text, and embed titles render Markdown
      EmbedBuilder b = new EmbedBuilder().setTitle(
          DiscordLimits.title("📊 " + MarkdownSafe.escape(e.getUser().getEffectiveName())));
      b.setDescription("⭐ " + p.totalPoints() + " points · ✅ " + p.solved() + " solved · 🔥 streak "
          + p.streak().current() + " (longest " + p.streak().longest() + ")");
      b.addField("Solved by level", DiscordLimits.fieldValue(p.solvedByLevel().isEmpty() ? "nothing yet"
          : p.solvedByLevel().entrySet().stream().sorted((a, c) -> QuestionLocator.byLevel(a.getKey(), c.getKey()))
              .map(x -> x.getKey() + ": " + x.getValue()).collect(Collectors.joining(" · "))), false);
      b.addField("Success by topic", DiscordLimits.fieldValue(topics(p.successByTopic())), false);
      b.addField("Practice next", DiscordLimits.fieldValue(p.weakTopics().isEmpty() ? "keep going!"
          : String.join(", ", p.weakTopics().subList(0, Math.min(3, p.weakTopics().size())))
              + " (try `/question topic:" + p.weakTopics().get(0) + "`)"), false);
      b.setImage("attachment://streak.png");
      e.getHook().editOriginalEmbeds(Embeds.fit(b))
          .setFiles(FileUpload.fromData(StreakCalendar.png(p.activeDays(), p.frozenDays(), today), "streak.png"))
          .queue();
    });
  }

  private static String topics(Map<String, Double> byTopic) {
    if (byTopic.isEmpty()) {
      return "no attempts yet";
    }
    return byTopic.entrySet().stream().sorted(Map.Entry.comparingByValue())
        .limit(12)
        .map(x -> x.getKey() + " " + Math.round(x.getValue() * 100) + "%")
        .collect(Collectors.joining(" · "));
  }
}
