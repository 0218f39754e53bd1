package dailypy.questions;

/**
 * How a question is answered. Front ends ask the form what to offer (a code editor, option
 * buttons, a text field for a prediction) instead of switching on the question's kind, so a new
 * kind with an existing form needs no front-end change.
 */
public enum AnswerForm {
  /** Python code that runs in the sandbox. */
  CODE("your code", "Your Python code", ".py"),
  /** One of the question's options, by letter. */
  CHOICE("the letter of your choice", "Your choice", ".txt"),
  /** The exact text a snippet prints; the snippet runs, the answer never does. */
  PREDICTION("the exact output the snippet prints", "Predicted output", ".txt");

  private final String whatToSend;
  private final String fieldLabel;
  private final String fileSuffix;

  AnswerForm(String whatToSend, String fieldLabel, String fileSuffix) {
    this.whatToSend = whatToSend;
    this.fieldLabel = fieldLabel;
    this.fileSuffix = fileSuffix;
  }

  /** True when the answer itself runs in the sandbox. */
  public boolean runsAnswer() {
    return this == CODE;
  }

  /** True when the answer is picked from the question's options rather than typed. */
  public boolean picksOption() {
    return this == CHOICE;
  }

  /** "your code", for sentences such as "paste your code". */
  public String whatToSend() {
    return whatToSend;
  }

  /** The label of a field the answer is typed into. */
  public String fieldLabel() {
    return fieldLabel;
  }

  /** The suffix of a file that holds an answer of this form. */
  public String fileSuffix() {
    return fileSuffix;
  }
}
