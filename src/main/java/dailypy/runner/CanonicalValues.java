package dailypy.runner;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the harness's type-tagged values. Types count: True is not 1 and a tuple is not a list,
 * except that an int is accepted where a float is expected. Objects of other classes never equal
 * a plain value, which is what defeats an {@code __eq__} that always says yes.
 */
public final class CanonicalValues {

  private CanonicalValues() {}

  /**
   * @param tolerance relative and absolute tolerance for floats
   * @param unordered compare top-level lists and tuples as multisets
   */
  public static boolean equal(JsonNode expected, JsonNode actual, double tolerance,
      boolean unordered) {
    if (expected == null || actual == null) {
      return false;
    }
    String et = expected.path("t").asText();
    String at = actual.path("t").asText();
    if (unordered && et.equals(at) && (et.equals("list") || et.equals("tuple"))) {
      return sameMultiset(expected.path("v"), actual.path("v"));
    }
    return equal(expected, actual, tolerance);
  }

  static boolean equal(JsonNode expected, JsonNode actual, double tol) {
    String et = expected.path("t").asText();
    String at = actual.path("t").asText();
    if (et.equals("float") && at.equals("int")) {
      return floatsClose(expected.path("v"), new BigInteger(actual.path("v").asText())
          .doubleValue(), tol);
    }
    if (!et.equals(at)) {
      return false;
    }
    return switch (et) {
      case "None" -> true;
      case "bool", "str", "bytes", "int", "range", "complex" -> expected.path("v")
          .equals(actual.path("v")) && expected.path("re").equals(actual.path("re"))
          && expected.path("im").equals(actual.path("im"));
      case "float" -> floatsClose(expected.path("v"), number(actual.path("v")), tol);
      case "list", "tuple" -> sequencesEqual(expected.path("v"), actual.path("v"), tol);
      case "dict" -> dictsEqual(expected.path("v"), actual.path("v"), tol);
      case "set", "frozenset" -> sameMultiset(expected.path("v"), actual.path("v"));
      case "ndarray" -> expected.path("shape").equals(actual.path("shape"))
          && compatibleDtype(expected.path("dtype").asText(), actual.path("dtype").asText())
          && equal(expected.path("v"), actual.path("v"), tol);
      case "DataFrame", "Series" -> expected.path("columns").equals(actual.path("columns"))
          && expected.path("name").equals(actual.path("name"))
          && equal(expected.path("index"), actual.path("index"), tol)
          && equal(expected.path("v"), actual.path("v"), tol);
      case "object" -> false;
      default -> expected.path("v").equals(actual.path("v"));
    };
  }

  private static boolean compatibleDtype(String expected, String actual) {
    if (expected.equals(actual)) {
      return true;
    }
    // An integer array is fine where a float one is expected with the same values.
    return expected.equals("f") && (actual.equals("i") || actual.equals("u"));
  }

  private static boolean sequencesEqual(JsonNode e, JsonNode a, double tol) {
    if (e.size() != a.size()) {
      return false;
    }
    for (int i = 0; i < e.size(); i++) {
      if (!equal(e.get(i), a.get(i), tol)) {
        return false;
      }
    }
    return true;
  }

  private static boolean dictsEqual(JsonNode e, JsonNode a, double tol) {
    if (e.size() != a.size()) {
      return false;
    }
    Map<String, JsonNode> actualByKey = new HashMap<>();
    for (JsonNode pair : a) {
      actualByKey.put(pair.get(0).toString(), pair.get(1));
    }
    for (JsonNode pair : e) {
      JsonNode value = actualByKey.get(pair.get(0).toString());
      if (value == null || !equal(pair.get(1), value, tol)) {
        return false;
      }
    }
    return true;
  }

  /** Exact multiset comparison on the canonical text of each element. */
  private static boolean sameMultiset(JsonNode e, JsonNode a) {
    if (e.size() != a.size()) {
      return false;
    }
    List<String> left = new ArrayList<>();
    List<String> right = new ArrayList<>();
    e.forEach(n -> left.add(n.toString()));
    a.forEach(n -> right.add(n.toString()));
    left.sort(null);
    right.sort(null);
    return left.equals(right);
  }

  private static double number(JsonNode node) {
    if (node.isNumber()) {
      return node.asDouble();
    }
    return switch (node.asText()) {
      case "nan" -> Double.NaN;
      case "inf" -> Double.POSITIVE_INFINITY;
      case "-inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.NaN;
    };
  }

  private static boolean floatsClose(JsonNode expectedNode, double actual, double tol) {
    double expected = number(expectedNode);
    if (Double.isNaN(expected) || Double.isNaN(actual)) {
      return Double.isNaN(expected) && Double.isNaN(actual);
    }
    if (Double.isInfinite(expected) || Double.isInfinite(actual)) {
      return expected == actual;
    }
    double diff = Math.abs(expected - actual);
    return diff <= tol || diff <= tol * Math.max(Math.abs(expected), Math.abs(actual));
  }
}
