package dailypy.questions;

import java.util.List;

/**
 * The levels and topics a question may have, in display order. The JSON Schema lists the same
 * values; a test keeps the two in step.
 */
public final class Taxonomy {

  public static final List<String> LEVELS = List.of("basic", "intermediate", "advanced");

  public static final List<String> TOPICS = List.of(
      "lists", "strings", "dicts-sets", "comprehensions", "recursion", "sorting-searching",
      "two-pointers", "sliding-window", "hashing", "stacks-queues", "linked-lists", "trees",
      "graphs", "dynamic-programming", "iterators-generators", "decorators", "context-managers",
      "oop", "exceptions", "typing-dataclasses", "functools-itertools", "algorithms",
      "data-structures", "math", "testing", "asyncio", "numpy", "pandas", "flask", "django",
      "tensorflow");

  private Taxonomy() {}
}
