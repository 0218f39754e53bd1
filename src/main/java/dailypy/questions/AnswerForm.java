package dailypy.questions;

/**
 * How a question is answered. Front ends ask the form what to offer (a code editor, option
 * buttons, a text field for a prediction) instead of switching on the question's kind, so a new
 * kind with an existing form needs no front-end change.
 */
public enum AnswerForm {
  /** Python code that runs in the sandbox. */
  CODE,
  /** One of the question's options, by letter. */
  CHOICE,
  /** The exact text a snippet prints; the snippet runs, the answer never does. */
  PREDICTION;

  /** True when the answer itself runs in the sandbox. */
  public boolean runsAnswer() {
    return this == CODE;
  }

  /** True when the answer is picked from the question's options rather than typed. */
  public boolean picksOption() {
    return this == CHOICE;
  }

  /** What the user sends, for sentences such as "paste your code". */
  public String whatToSend() {
    return switch (this) {
      case CODE -> "your code";
      case CHOICE -> "the letter of your choice";
      case PREDICTION -> "the exact output the snippet prints";
    };
  }

  /** The label of a field the answer is typed into. */
  public String fieldLabel() {
    return switch (this) {
      case CODE -> "Your Python code";
      case CHOICE -> "Your choice";
      case PREDICTION -> "Predicted output";
    };
  }

  /** The suffix of a file that holds an answer of this form: Python source if it runs, else text. */
  public String fileSuffix() {
    return runsAnswer() ? ".py" : ".txt";
  }
}
