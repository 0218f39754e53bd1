package dailypy.runner;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An expected value evaluated by the harness with no user code in the interpreter.
 *
 * @param value the canonical, type-tagged value; null when evaluation failed
 * @param repr Python's repr of it, for messages
 * @param error why the expression could not be evaluated (a question bug), or null
 */
public record ExpectedValue(JsonNode value, String repr, String error) {}
