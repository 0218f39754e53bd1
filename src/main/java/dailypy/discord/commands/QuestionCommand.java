package dailypy.discord.commands;

import dailypy.app.QuestionCatalog;
import dailypy.discord.answers.QuizButton;
import dailypy.discord.interactions.SlashCommand;
import dailypy.discord.render.DiscordLimits;
import dailypy.discord.render.Embeds;
import dailypy.discord.render.MarkdownSafe;
import dailypy.discord.render.QuestionText;
import dailypy.questions.Catalog;
import dailypy.questions.Question;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;

/**
 * /question: a practice question on demand, posted for everyone, of a level and topic if given.
 *
 * @param replyGrading whether the post invites answers as replies (the bot reads messages)
 */
public record QuestionCommand(QuestionCatalog questions, boolean replyGrading) implements SlashCommand {
  @Override
  public SlashCommandData data() {
    OptionData level = new OptionData(OptionType.STRING, "level", "Level", false);
    Catalog.LEVELS.forEach(l -> level.addChoice(l, l));
    return Commands.slash("question", "A practice question on demand")
        .addOptions(level, new OptionData(OptionType.STRING, "topic", "Topic, e.g. strings", false));
  }

  @Override
  public void onSlash(SlashCommandInteractionEvent e) {
    String level = e.getOption("level", null, OptionMapping::getAsString);
    String topic = e.getOption("topic", null, OptionMapping::getAsString);
    Optional<Question> q = questions.pickPractice(level, topic == null ? null : topic.strip().toLowerCase(), Set.of());
    if (q.isEmpty()) {
      // the reason quotes the typed topic in inline code, so a backtick in it must not end the code
      String why = questions.whyNone(level, topic == null ? null : MarkdownSafe.inlineCodeText(topic));
      e.reply(DiscordLimits.truncate(why, 1900)).setEphemeral(true).queue();
      return;
    }
    e.reply(new MessageCreateBuilder()
            .setEmbeds(Embeds.question(q.get(), "🏋️ Practice", replyGrading))
            .setComponents(QuestionText.picksOption(q.get()) ? QuizButton.rows(q.get()) : List.of())
            .build())
        .queue();
  }
}
