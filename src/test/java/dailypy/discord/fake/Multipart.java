package dailypy.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a request body into its JSON payload and attached files (multipart/form-data or JSON). */
record Multipart(JsonNode json, List<String> fileNames, List<String> fileContents) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
  private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
  private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

  static Multipart parse(String contentType, byte[] raw) {
    try {
      if (contentType != null && contentType.startsWith("multipart/")) {
        return multipart(contentType, raw);
      }
      JsonNode json = raw.length == 0 ? null : JSON.readTree(raw);
      return new Multipart(json, List.of(), List.of());
    } catch (Exception e) {
      throw new IllegalArgumentException("unparseable request body: " + e.getMessage(), e);
    }
  }

  private static Multipart multipart(String contentType, byte[] raw) throws Exception {
    Matcher b = BOUNDARY.matcher(contentType);
    if (!b.find()) {
      throw new IllegalArgumentException("multipart without boundary");
    }
    // ISO-8859-1 maps bytes 1:1, so splitting keeps the UTF-8 bytes of each part intact
    String body = new String(raw, StandardCharsets.ISO_8859_1);
    JsonNode json = null;
    List<String> names = new ArrayList<>();
    List<String> contents = new ArrayList<>();
    for (String part : body.split("--" + Pattern.quote(b.group(1)))) {
      int split = part.indexOf("\r\n\r\n");
      if (split < 0) {
        continue;
      }
      String headers = part.substring(0, split);
      String content = part.substring(split + 4);
      if (content.endsWith("\r\n")) {
        content = content.substring(0, content.length() - 2);
      }
      String text = new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
      Matcher name = NAME.matcher(headers);
      Matcher filename = FILENAME.matcher(headers);
      if (filename.find()) {
        names.add(filename.group(1));
        contents.add(text);
      } else if (name.find() && name.group(1).equals("payload_json")) {
        json = JSON.readTree(text);
      }
    }
    return new Multipart(json, names, contents);
  }
}
