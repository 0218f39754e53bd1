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
 * The line of every value in a YAML document, by JSON pointer ({@code /tests/cases/2/call}), so
 * that problems found on the parsed tree can name their line.
 */
public final class YamlLocations {

  private final Map<String, Integer> lines = new HashMap<>();

  private YamlLocations() {}

  public static YamlLocations of(String yaml) {
    YamlLocations locations = new YamlLocations();
    try (JsonParser p = new YAMLFactory().createParser(yaml)) {
      locations.walk(p);
    } catch (IOException e) {
      // a malformed document is reported by the loader; partial locations are still useful
    }
    return locations;
  }

  private void walk(JsonParser p) throws IOException {
    Deque<Object> path = new ArrayDeque<>(); // String keys and int[] array counters
    for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
      int line = p.currentTokenLocation().getLineNr();
      switch (t) {
        case FIELD_NAME -> {
          if (!path.isEmpty() && path.peek() instanceof String) {
            path.pop();
          }
          path.push(p.currentName());
          lines.put(pointer(path), line);
        }
        case START_OBJECT, START_ARRAY -> {
          arrayElement(path, line);
          path.push(t == JsonToken.START_ARRAY ? new int[] {-1} : new Object());
        }
        case END_OBJECT, END_ARRAY -> {
          path.pop(); // the container's marker; then the key that held it, if any
          if (!path.isEmpty() && path.peek() instanceof String) {
            path.pop();
          }
        }
        default -> {
          arrayElement(path, line);
          if (!path.isEmpty() && path.peek() instanceof String) {
            path.pop();
          }
        }
      }
    }
  }

  private void arrayElement(Deque<Object> path, int line) {
    if (!path.isEmpty() && path.peek() instanceof int[] counter) {
      counter[0]++;
      lines.put(pointer(path), line);
    }
  }

  private static String pointer(Deque<Object> path) {
    StringBuilder sb = new StringBuilder();
    var it = path.descendingIterator();
    while (it.hasNext()) {
      Object part = it.next();
      if (part instanceof String key) {
        sb.append('/').append(key);
      } else if (part instanceof int[] counter) {
        sb.append('/').append(counter[0]);
      }
    }
    return sb.toString();
  }

  /** The line of the value at the pointer, or of its nearest located parent; 0 if none. */
  public int line(String pointer) {
    String p = pointer;
    while (true) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      int slash = p.lastIndexOf('/');
      if (slash <= 0) {
        // a missing top-level key: the document itself, which starts on line 1
        return lines.isEmpty() ? 0 : 1;
      }
      p = p.substring(0, slash);
    }
  }
}
