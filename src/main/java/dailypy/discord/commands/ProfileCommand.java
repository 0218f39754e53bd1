package dailypy.discord.commands;

import dailypy.app.ProgressPort;
import dailypy.discord.render.DiscordLimits;
import dailypy.discord.render.Embeds;
import dailypy.discord.render.MarkdownSafe;
import dailypy.discord.render.MessageEdits;
import dailypy.discord.render.StreakCalendar;
import dailypy.progress.Profile;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.utils.FileUpload;

/** /profile: stats, weak topics and the 90-day calendar PNG. Drawing runs off the event thread. */
public final class ProfileCommand extends OwnProgressCommand {

  public ProfileCommand(ProgressPort progress) {
    super(progress, Commands.slash("profile", "Your stats, weak topics and a 90-day streak calendar"));
  }

  @Override
  void answer(SlashCommandInteractionEvent e, long guild, long user) {
    var today = progress.today(guild);
    Profile p = progress.profile(guild, user);
    // a display name is the user's own text, and embed titles render Markdown
    EmbedBuilder b = new EmbedBuilder().setTitle(
        DiscordLimits.title("📊 " + MarkdownSafe.escape(e.getUser().getEffectiveName())));
    b.setDescription("⭐ " + p.points() + " points · ✅ " + p.solved() + " solved · 🔥 streak "
        + p.streak().current() + " (longest " + p.streak().longest() + ")");
    b.addField("Solved by level", DiscordLimits.fieldValue(p.solvedByLevel().isEmpty() ? "nothing yet"
        : p.solvedByLevel().entrySet().stream().sorted(Map.Entry.comparingByKey())
            .map(x -> x.getKey().id() + ": " + x.getValue()).collect(Collectors.joining(" · "))), false);
    b.addField("Success by topic", DiscordLimits.fieldValue(topics(p.topics())), false);
    b.addField("Practice next", DiscordLimits.fieldValue(p.weakTopics().isEmpty() ? "keep going!"
        : String.join(", ", p.weakTopics().subList(0, Math.min(3, p.weakTopics().size())))
            + " (try `/question topic:" + p.weakTopics().get(0) + "`)"), false);
    b.setImage("attachment://streak.png");
    e.getHook().editOriginal(MessageEdits.embeds(Embeds.fit(b)))
        .setFiles(FileUpload.fromData(StreakCalendar.png(p.activeDays(), p.frozenDays(), today), "streak.png"))
        .queue();
  }

  /** The weakest topics first, by success rate. */
  private static String topics(List<Profile.TopicStats> topics) {
    if (topics.isEmpty()) {
      return "no attempts yet";
    }
    return topics.stream().sorted(java.util.Comparator.comparingDouble(Profile.TopicStats::successRate))
        .limit(12)
        .map(t -> t.topic() + " " + Math.round(t.successRate() * 100) + "%")
        .collect(Collectors.joining(" · "));
  }
}
