package dailypy.discord.commands;

import dailypy.app.App;
import dailypy.discord.daily.DailyPoster;
import dailypy.discord.interactions.SlashCommand;
import dailypy.discord.render.ErrorReference;
import dailypy.discord.render.MarkdownSafe;
import dailypy.discord.render.MessageEdits;
import dailypy.progress.GuildSettings;
import dailypy.progress.Level;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * /setup: channel, levels, time, timezone, role, threads, pause and "post now". Discord hides it
 * from members without Manage Server by default; the check here also refuses them if a server
 * admin changed the command's permissions.
 */
public final class SetupCommand implements SlashCommand {
  private final App app;
  private volatile DailyPoster poster;

  public SetupCommand(App app) {
    this.app = app;
  }

  /** The poster "post now" uses; it exists once the bot is logged in. */
  public void attach(DailyPoster poster) {
    this.poster = poster;
  }

  @Override
  public SlashCommandData data() {
    return Commands.slash("setup", "Configure daily questions (Manage Server)")
        .addOptions(
            new OptionData(OptionType.CHANNEL, "channel", "Where daily questions are posted", false),
            new OptionData(OptionType.STRING, "levels", "Comma-separated: basic,intermediate,advanced", false),
            new OptionData(OptionType.STRING, "time", "Post time, HH:mm (24 h)", false),
            new OptionData(OptionType.STRING, "timezone", "IANA timezone, e.g. Europe/Berlin", false),
            new OptionData(OptionType.ROLE, "role", "Role to ping with each post", false),
            new OptionData(OptionType.BOOLEAN, "no_role", "Stop pinging a role", false),
            new OptionData(OptionType.BOOLEAN, "threads", "Open a thread per question", false),
            new OptionData(OptionType.BOOLEAN, "pause", "Pause daily posting", false),
            new OptionData(OptionType.BOOLEAN, "post_now", "Post today's questions now", false))
        .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER));
  }

  @Override
  public void onSlash(SlashCommandInteractionEvent e) {
    if (e.getMember() == null || !e.getMember().hasPermission(Permission.MANAGE_SERVER)) {
      e.reply("🔒 `/setup` needs the **Manage Server** permission.").setEphemeral(true).queue();
      return;
    }
    long guild = e.getGuild().getIdLong();
    GuildSettings s = app.progress().settingsOrDefaults(guild);
    try {
      s = apply(s, e);
    } catch (IllegalArgumentException bad) {
      e.reply("⚠️ " + bad.getMessage()).setEphemeral(true).queue();
      return;
    }
    app.progress().saveSettings(s);
    boolean postNow = e.getOption("post_now", false, OptionMapping::getAsBoolean);
    if (!postNow) {
      e.reply(describe(s)).setEphemeral(true).queue();
      return;
    }
    if (s.channelId() == null) {
      e.reply(describe(s) + "\n\n⚠️ Set a channel before posting.").setEphemeral(true).queue();
      return;
    }
    e.deferReply(true).queue();
    GuildSettings saved = s;
    // posting talks to Discord and blocks, so it runs off the event thread
    Thread.ofVirtual().name("post-now-" + guild).start(() -> {
      try {
        List<String> posted = poster.postAll(saved, app.progress().today(guild));
        e.getHook().editOriginal(MessageEdits.text(describe(saved) + "\n\n"
            + (posted.isEmpty() ? "Today's questions were already posted." : "Posted: " + String.join(", ", posted))))
            .queue();
      } catch (RuntimeException ex) {
        e.getHook().editOriginal(MessageEdits.text(ErrorReference.report("post now in guild " + guild, ex))).queue();
      }
    });
  }

  private GuildSettings apply(GuildSettings s, SlashCommandInteractionEvent e) {
    OptionMapping channel = e.getOption("channel");
    if (channel != null) {
      if (channel.getChannelType() != ChannelType.TEXT) {
        throw new IllegalArgumentException("The channel must be a text channel.");
      }
      s = s.withChannel(channel.getAsLong());
    }
    String levels = e.getOption("levels", null, OptionMapping::getAsString);
    if (levels != null) {
      s = s.withLevels(parseLevels(levels, app.questions().levels()).stream().map(Level::parse)
          .collect(Collectors.toSet()));
    }
    String time = e.getOption("time", null, OptionMapping::getAsString);
    if (time != null) {
      s = s.withPostTime(parseTime(time));
    }
    String zone = e.getOption("timezone", null, OptionMapping::getAsString);
    if (zone != null) {
      s = s.withZone(parseZone(zone));
    }
    OptionMapping role = e.getOption("role");
    if (role != null) {
      s = s.withPingRole(role.getAsLong());
    }
    if (e.getOption("no_role", false, OptionMapping::getAsBoolean)) {
      s = s.withPingRole(null);
    }
    Boolean threads = e.getOption("threads", null, OptionMapping::getAsBoolean);
    if (threads != null) {
      s = s.withThreads(threads);
    }
    Boolean pause = e.getOption("pause", null, OptionMapping::getAsBoolean);
    if (pause != null) {
      s = s.withPaused(pause);
    }
    return s;
  }

  static Set<String> parseLevels(String text, Set<String> known) {
    Set<String> levels = Arrays.stream(text.split("[,\\s]+"))
        .map(String::strip).map(String::toLowerCase).filter(x -> !x.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
    if (levels.isEmpty()) {
      throw new IllegalArgumentException("Give at least one level: " + String.join(", ", known) + ".");
    }
    for (String l : levels) {
      if (!known.contains(l)) {
        throw new IllegalArgumentException("Unknown level " + MarkdownSafe.inlineCode(l, 30) + ". Levels: "
            + String.join(", ", known) + ".");
      }
    }
    return levels;
  }

  static LocalTime parseTime(String text) {
    try {
      return LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
    } catch (DateTimeParseException ex) {
      throw new IllegalArgumentException("Time must be HH:mm in 24-hour form, e.g. 09:00.");
    }
  }

  static ZoneId parseZone(String text) {
    try {
      return ZoneId.of(text.strip());
    } catch (DateTimeException ex) {
      throw new IllegalArgumentException("Unknown timezone " + MarkdownSafe.inlineCode(text, 60)
          + ". Use an IANA name such as Europe/Berlin or America/New_York.");
    }
  }

  static String describe(GuildSettings s) {
    return "⚙️ **Daily questions**\n"
        + "Channel: " + (s.channelId() == null ? "not set" : "<#" + Long.toUnsignedString(s.channelId()) + ">") + "\n"
        + "Levels: " + s.levels().stream().sorted().map(Level::id).collect(Collectors.joining(", ")) + "\n"
        + "Time: " + s.postTime() + " " + s.zone().getId() + "\n"
        + "Role ping: " + (s.pingRoleId() == null ? "none" : "<@&" + Long.toUnsignedString(s.pingRoleId()) + ">") + "\n"
        + "Threads: " + (s.threads() ? "on" : "off") + "\n"
        + "Paused: " + (s.paused() ? "yes" : "no");
  }
}
