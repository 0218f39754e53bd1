package dailypy.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox policy, read once from {@code sandbox-policy.json}: which modules each rule covers
 * (the harness enforces them), the fixed text of each rule (users see only these), and the host
 * messages that mean a denial of each rule (the GraalPy classifier reads them). One description,
 * so a new rule category is one entry there and one constant in {@link SandboxRule}.
 */
public final class SandboxPolicy {

  private static final String RESOURCE = "/dailypy/runner/sandbox-policy.json";
  private static volatile SandboxPolicy instance;

  private final JsonNode root;
  private final Map<SandboxRule, String> texts = new EnumMap<>(SandboxRule.class);
  private final Map<SandboxRule, Boolean> sandbox = new EnumMap<>(SandboxRule.class);
  private final List<Map.Entry<SandboxRule, List<String>>> denials = new ArrayList<>();

  SandboxPolicy(JsonNode root) {
    this.root = root;
    for (SandboxRule rule : SandboxRule.values()) {
      JsonNode entry = root.path("rules").path(rule.id());
      if (!entry.isObject()) {
        throw new IllegalStateException("sandbox policy has no rule '" + rule.id() + "'");
      }
      texts.put(rule, entry.path("text").asText());
      sandbox.put(rule, "yes".equals(entry.path("sandbox").asText()));
    }
    root.path("rules").fieldNames().forEachRemaining(id -> SandboxRule.byId(id).orElseThrow(
        () -> new IllegalStateException("sandbox policy rule '" + id + "' has no SandboxRule")));
    for (JsonNode id : root.path("denial_order")) {
      SandboxRule rule = SandboxRule.byId(id.asText()).orElseThrow();
      List<String> patterns = new ArrayList<>();
      root.path("rules").path(rule.id()).path("denials").forEach(p -> patterns.add(p.asText()));
      denials.add(Map.entry(rule, List.copyOf(patterns)));
    }
    requireOnlyStrings(root);
  }

  public static SandboxPolicy get() {
    SandboxPolicy p = instance;
    if (p == null) {
      try (InputStream in = SandboxPolicy.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        p = new SandboxPolicy(new ObjectMapper().readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      instance = p;
    }
    return p;
  }

  String text(SandboxRule rule) {
    return texts.get(rule);
  }

  boolean isSandbox(SandboxRule rule) {
    return sandbox.get(rule);
  }

  /** The rule whose host denial message this is, in the policy's order; empty if none. */
  public Optional<SandboxRule> classifyDenial(String message) {
    if (message == null) {
      return Optional.empty();
    }
    for (Map.Entry<SandboxRule, List<String>> rule : denials) {
      if (rule.getValue().stream().anyMatch(pattern -> matches(pattern, message))) {
        return Optional.of(rule.getKey());
      }
    }
    return Optional.empty();
  }

  /** "thread && not allowed" matches a message that holds both parts. */
  private static boolean matches(String pattern, String message) {
    for (String part : pattern.split("&&")) {
      if (!message.contains(part.strip())) {
        return false;
      }
    }
    return true;
  }

  /** The module a forbidden import names → its rule id, as the harness enforces it. */
  public Map<String, String> imports() {
    Map<String, String> imports = new java.util.TreeMap<>();
    root.path("imports").fields().forEachRemaining(e -> imports.put(e.getKey(), e.getValue().asText()));
    return imports;
  }

  /**
   * The policy as a Python literal for the harness. The file holds strings, lists and objects
   * only, and for those JSON text is Python text.
   */
  String asPythonLiteral() {
    return root.toString();
  }

  private static void requireOnlyStrings(JsonNode node) {
    if (node.isObject() || node.isArray()) {
      node.elements().forEachRemaining(SandboxPolicy::requireOnlyStrings);
    } else if (!node.isTextual()) {
      throw new IllegalStateException("sandbox policy may hold only strings, lists and objects: "
          + node);
    }
  }
}
