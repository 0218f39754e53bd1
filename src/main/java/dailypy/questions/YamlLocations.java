package dailypy.questions;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The line of every field and list item of a YAML document, keyed by its path in the form
 * {@code tests.cases[2].expected} (the root is {@code ""}). Jackson's tree model forgets where
 * nodes came from, so this makes a second, streaming pass to recover it for error messages.
 */
final class YamlLocations {

  private static final YAMLFactory YAML = new YAMLFactory();
  private final Map<String, Integer> lines;

  private YamlLocations(Map<String, Integer> lines) {
    this.lines = lines;
  }

  /** Reads the locations; a document that does not parse gives an empty map. */
  static YamlLocations of(String text) {
    Map<String, Integer> lines = new HashMap<>();
    lines.put("", 1);
    try (JsonParser p = YAML.createParser(text)) {
      Deque<Frame> stack = new ArrayDeque<>();
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        int line = p.currentTokenLocation().getLineNr();
        if (t == JsonToken.FIELD_NAME) {
          Frame f = stack.peek();
          f.field = p.currentName();
          lines.putIfAbsent(join(f.path, f.field), line);
          continue;
        }
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          stack.pop();
          continue;
        }
        String path = "";
        Frame parent = stack.peek();
        if (parent != null) {
          if (parent.array) {
            path = parent.path + "[" + parent.index++ + "]";
            lines.putIfAbsent(path, line);
          } else {
            path = join(parent.path, parent.field);
          }
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          stack.push(new Frame(path, t == JsonToken.START_ARRAY));
        }
      }
    } catch (IOException e) {
      // The tree parse reports the syntax error with its line; nothing more to learn here.
    }
    return new YamlLocations(lines);
  }

  /**
   * The line of {@code path}, or of its nearest ancestor that has one (a missing field is
   * reported on the line of the object that should hold it).
   */
  int line(String path) {
    String p = path;
    while (true) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut < 0) {
        return lines.getOrDefault("", 1);
      }
      p = p.substring(0, cut);
    }
  }

  static String join(String parent, String field) {
    return parent.isEmpty() ? field : parent + "." + field;
  }

  private static final class Frame {
    final String path;
    final boolean array;
    int index;
    String field;

    Frame(String path, boolean array) {
      this.path = path;
      this.array = array;
    }
  }
}
