package dailypy.discord.render;

import java.util.EnumSet;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Every edit the bot makes of a message is built here, so no edit can ping anyone. A new message
 * takes the bot's default (no mention type allowed, set once in {@code DiscordBot}), but JDA puts
 * {@code allowed_mentions} into an edit only when the edit itself sets it, and without it Discord
 * applies its own default (every mention in the text pings) to the edited text.
 */
public final class MessageEdits {
  private MessageEdits() {}

  /** A builder for an edit that allows no mention. */
  public static MessageEditBuilder builder() {
    return new MessageEditBuilder().setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
        .mentionRepliedUser(false);
  }

  /** An edit that sets only the text. */
  public static MessageEditData text(String content) {
    return builder().setContent(content).build();
  }

  /** An edit that sets only the embeds. */
  public static MessageEditData embeds(MessageEmbed... embeds) {
    return builder().setEmbeds(embeds).build();
  }
}
