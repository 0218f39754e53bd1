package dailypy.questions;

import dailypy.runner.Verdict;

/** A known-wrong answer and the verdict it must get; it proves the tests catch that mistake. */
public record WrongSolution(String name, String code, Verdict verdict) {}
