package dailypy.questions;

/** One answer of a quiz, with why it is right or wrong. */
public record QuizOption(String text, boolean correct, String why) {}
