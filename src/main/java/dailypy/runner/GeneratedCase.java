package dailypy.runner;

/**
 * One random case as the answer-key interpreter built it: the generated arguments as a Python
 * literal (the user's interpreter binds their value to {@code args} and runs the question's call)
 * and the reference solution's value for it, or the exception type it raised.
 *
 * @param args the argument tuple's repr(), plain values only
 * @param expected the reference's value; null when it raised
 * @param raises the exception type the reference raised (one the question allows), or null
 */
public record GeneratedCase(String args, ExpectedValue expected, String raises) {}
