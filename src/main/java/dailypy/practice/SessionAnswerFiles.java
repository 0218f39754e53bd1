package dailypy.practice;

import static dailypy.practice.Style.Look.DIM;
import static dailypy.practice.Style.Look.YELLOW;

import dailypy.questions.Question;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The answer files of one practice session: it watches the folder when no other session does,
 * keeps the current question's file, and says which saved or edited content is to be graded
 * (remembered as graded, so an unchanged file is not graded again).
 */
final class SessionAnswerFiles {

  /** The answer files; null when off, or when another session watches the folder. */
  private AnswerFiles files;
  private final PrintStream out;
  private final Style style;
  private final TextWrap wrap;
  private final PracticeSession.Options options;
  private Path currentFile;

  SessionAnswerFiles(AnswerFiles files, PrintStream out, Style style, TextWrap wrap,
      PracticeSession.Options options) {
    this.files = files;
    this.out = out;
    this.style = style;
    this.wrap = wrap;
    this.options = options;
  }

  /**
   * Watches the answer folder if no other session does; otherwise says so and takes answers
   * typed or pasted only, so that one save is never graded by two sessions.
   */
  void start(Inputs inputs) {
    if (files == null) {
      return;
    }
    switch (files.claim()) {
      case AnswerFiles.Claim.Claimed c -> files.watch(inputs);
      case AnswerFiles.Claim.TakenBy other -> {
        out.println(wrap.line(style.paint(YELLOW, "Another practice session" + ("?".equals(other.pid()) ? ""
            : " (process " + other.pid() + ")") + " is watching the answer files in " + files.dir() + ".")));
        out.println(wrap.line("This one won't watch them, so each save is graded once. Paste your answers here, "
            + "quit the other session first, or give this one its own folder with --answers <folder>."));
        files = null;
      }
      case AnswerFiles.Claim.Unavailable why -> {
        out.println(style.paint(DIM, "(Cannot use answer files in " + files.dir() + ": " + why.reason()
            + "; paste your answers instead.)"));
        files = null;
      }
    }
  }

  /** Creates the answer file of the question now shown; null when there is none. */
  Path prepare(Question question) {
    currentFile = null;
    if (files != null) {
      try {
        currentFile = files.prepare(question);
      } catch (IOException e) {
        out.println(style.paint(DIM, "(Cannot create an answer file in " + files.dir() + ": " + e.getMessage()
            + "; paste your answer instead.)"));
      }
    }
    return currentFile;
  }

  /** The current question's answer file; null when there is none. */
  Path current() {
    return currentFile;
  }

  /** The content to grade after a save of {@code file}: only the current file, and only when changed. */
  Optional<String> saved(Path file) {
    if (currentFile == null || !file.equals(currentFile)) {
      return Optional.empty();
    }
    return files.saved(file).map(content -> {
      out.println(style.paint(DIM, "\n" + file.getFileName() + " saved; grading…"));
      return graded(content);
    });
  }

  /** Opens the answer file in the editor; the content to grade when it changed. */
  Optional<String> edit() {
    String editor = options.editorCommand();
    if (!options.terminal() || currentFile == null) {
      out.println("Editing needs a terminal and an answer file; paste your answer and end it with EOF.");
      return Optional.empty();
    }
    if (editor == null || editor.isBlank()) {
      out.println("Set $EDITOR (for example `export EDITOR=nano`), or open " + currentFile
          + " in any editor: it is graded when you save.");
      return Optional.empty();
    }
    try {
      List<String> command = new ArrayList<>(List.of(editor.strip().split("\\s+")));
      command.add(currentFile.toString());
      int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
      if (exit != 0) {
        out.println(editor + " exited with " + exit + ".");
      }
      switch (files.afterEdit(currentFile)) {
        case AnswerFiles.Edited.Changed changed -> {
          return Optional.of(graded(changed.content()));
        }
        case AnswerFiles.Edited.SameAsGraded same -> out.println(style.paint(DIM, "No changes since the last grading."));
        case AnswerFiles.Edited.Untouched untouched -> out.println(style.paint(DIM, currentFile.getFileName()
            + " still holds only the starter: write your answer in it and save, or paste it here."));
      }
    } catch (IOException e) {
      out.println("Cannot start " + editor + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Optional.empty();
  }

  /** Remembers the content as graded, so an unchanged file is not graded again. */
  private String graded(String content) {
    files.graded(currentFile, content);
    return content;
  }
}
