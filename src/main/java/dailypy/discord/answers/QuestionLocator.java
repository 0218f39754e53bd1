package dailypy.discord.answers;

import dailypy.app.App;
import dailypy.grading.DefinedNames;
import dailypy.progress.DailyPost;
import dailypy.questions.Question;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;

/**
 * Works out which question a message answers: a daily question's thread, a reply to a daily
 * post, or a reply to any bot post whose embed footer carries the question id.
 */
public final class QuestionLocator {
  private static final Pattern FOOTER_ID = Pattern.compile("^id: ([a-z0-9-]+)");
  /** More than the bank will hold for a long time; the search is bounded all the same. */
  private static final int MAX_CANDIDATES = 10_000;

  private final App app;

  public QuestionLocator(App app) {
    this.app = app;
  }

  /** A question and, when it is a daily question, its post. */
  public record Located(Question question, DailyPost daily) {}

  public Optional<Located> forMessage(long guildId, MessageChannel channel, Message message) {
    if (channel.getType() == ChannelType.GUILD_PUBLIC_THREAD || channel.getType() == ChannelType.GUILD_PRIVATE_THREAD) {
      Optional<Located> inThread = daily(guildId, channel.getIdLong());
      if (inThread.isPresent()) {
        return inThread;
      }
    }
    if (message.getMessageReference() != null) {
      long ref = message.getMessageReference().getMessageIdLong();
      Optional<Located> replied = daily(guildId, ref);
      if (replied.isPresent()) {
        return replied;
      }
      Message referenced = message.getReferencedMessage();
      if (referenced != null && referenced.getAuthor().getIdLong() == channel.getJDA().getSelfUser().getIdLong()) {
        return fromFooter(referenced).flatMap(app.questions()::find).map(q -> new Located(q, null));
      }
    }
    return Optional.empty();
  }

  /**
   * The question an answer posted anywhere belongs to, told by what its code defines: today's
   * daily questions first, then the rest of the bank, and only when exactly one matches.
   */
  public Optional<Located> byDefinitions(long guildId, String code) {
    if (DefinedNames.of(code).isEmpty()) {
      return Optional.empty();
    }
    List<Located> today = app.schedule().todaysPosts(guildId).stream()
        .flatMap(p -> app.questions().find(p.questionId()).map(q -> new Located(q, p)).stream())
        .filter(l -> DefinedNames.answers(code, l.question().starter()))
        .toList();
    if (today.size() == 1) {
      return Optional.of(today.get(0));
    }
    List<Question> anywhere = app.questions().search("", MAX_CANDIDATES).stream()
        .filter(q -> DefinedNames.answers(code, q.starter()))
        .limit(2)
        .toList();
    return anywhere.size() == 1
        ? Optional.of(new Located(anywhere.get(0), todaysDaily(guildId, anywhere.get(0))))
        : Optional.empty();
  }

  /** The daily post for a message or thread id, with its question. */
  Optional<Located> daily(long guildId, long messageOrThreadId) {
    return app.progress().dailyPostByMessageOrThread(guildId, messageOrThreadId)
        .flatMap(p -> app.questions().find(p.questionId()).map(q -> new Located(q, p)));
  }

  /**
   * The question a slash command refers to: the named one, else the daily question of the thread
   * it is used in, else today's daily question of the guild's first enabled level.
   */
  public Optional<Located> forCommand(long guildId, String questionId, MessageChannel channel) {
    if (questionId != null && !questionId.isBlank()) {
      return app.questions().find(questionId.strip()).map(q -> new Located(q, todaysDaily(guildId, q)));
    }
    Optional<Located> inThread = daily(guildId, channel.getIdLong());
    if (inThread.isPresent()) {
      return inThread;
    }
    return app.schedule().todaysPosts(guildId).stream()
        .findFirst()
        .flatMap(p -> app.questions().find(p.questionId()).map(q -> new Located(q, p)));
  }

  /** Today's daily post in this guild if it is for this question, else null. */
  public DailyPost todaysDaily(long guildId, Question q) {
    return app.schedule().todaysPost(guildId, q).orElse(null);
  }

  public static Optional<String> fromFooter(Message message) {
    for (MessageEmbed embed : message.getEmbeds()) {
      if (embed.getFooter() != null && embed.getFooter().getText() != null) {
        Matcher m = FOOTER_ID.matcher(embed.getFooter().getText());
        if (m.find()) {
          return Optional.of(m.group(1));
        }
      }
    }
    return Optional.empty();
  }
}
