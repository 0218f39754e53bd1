package dailypy.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One REST request the bot made to the fake Discord.
 *
 * @param method HTTP method
 * @param path path below the API root, e.g. {@code channels/123/messages}
 * @param query raw query string or empty
 * @param body the JSON body (for multipart requests, the {@code payload_json} part); null if none
 * @param files names of attached files, in order
 * @param fileContents their contents as UTF-8 text, same order
 */
public record RecordedCall(
    String method,
    String path,
    String query,
    JsonNode body,
    List<String> files,
    List<String> fileContents) {

  public boolean is(String method, String pathRegex) {
    return this.method.equals(method) && path.matches(pathRegex);
  }

  /** The body's text at a JSON pointer such as {@code /embeds/0/title}, or "" when absent. */
  public String text(String pointer) {
    if (body == null) {
      return "";
    }
    JsonNode node = body.at(pointer);
    return node.isMissingNode() || node.isNull() ? "" : node.asText();
  }

  @Override
  public String toString() {
    return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " " + body;
  }
}
