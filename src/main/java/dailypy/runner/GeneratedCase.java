package dailypy.runner;

/**
 * One random case as the answer-key interpreter built it: the call to send to the user's
 * interpreter (the generated arguments as Python literals, then the question's call) and the
 * reference solution's value for it, or the exception type it raised.
 *
 * @param expected the reference's value; null when it raised
 * @param raises the exception type the reference raised (one the question allows), or null
 */
public record GeneratedCase(String call, ExpectedValue expected, String raises) {}
