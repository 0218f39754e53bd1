package dailypy.questions;

import java.util.List;
import java.util.Set;

/** The levels and topics a question may have. New topics are added here and in the docs. */
public final class Catalog {

  public static final List<String> LEVELS = List.of("basic", "intermediate", "advanced");

  public static final Set<String> TOPICS = Set.of(
      "lists", "strings", "dicts-sets", "comprehensions", "recursion", "sorting-searching",
      "two-pointers", "sliding-window", "hashing", "stacks-queues", "linked-lists", "trees",
      "graphs", "dynamic-programming", "iterators-generators", "decorators", "context-managers",
      "oop", "exceptions", "typing-dataclasses", "functools-itertools", "algorithms",
      "data-structures", "math", "testing", "asyncio", "numpy", "pandas", "flask", "django",
      "tensorflow");

  /**
   * The longest prompt a question may have. Every front end shows a prompt whole up to this
   * length (the Discord front end checks that its embeds hold it).
   */
  public static final int MAX_PROMPT_CHARS = 4096;

  private Catalog() {}
}
