package dailypy.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the text files users hand to commands (answers, tests, solutions). Every way a file can
 * be unusable becomes a {@link BadInputException} whose one line names the file and says what to
 * do: missing, a folder, not a regular file, unreadable, too large, or not UTF-8 (with the line
 * and column of the first bad byte).
 */
public final class TextFiles {
  /** Larger files are not answers or tests someone wrote; reading them would only cost memory. */
  static final long MAX_BYTES = 1024 * 1024;

  private TextFiles() {}

  /**
   * The file's text.
   *
   * @param role what the file is for, such as "answer file", used in the messages
   * @throws BadInputException when the file cannot be used
   */
  public static String read(Path file, String role) {
    if (Files.isDirectory(file)) {
      throw new BadInputException(file + " is a folder; give the " + role + " itself");
    }
    if (!Files.exists(file)) {
      throw new BadInputException(file + ": no such file (the " + role + ")");
    }
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file + " is not a regular file; give the " + role + " itself");
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new BadInputException(file + " is " + size / 1024 + " KB; the " + role
            + " may be at most " + MAX_BYTES / 1024 + " KB");
      }
      bytes = Files.readAllBytes(file);
    } catch (AccessDeniedException e) {
      throw new BadInputException(file + ": permission denied (the " + role + ")");
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot read the " + role + " ("
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
    }
    return decode(file, bytes);
  }

  /** Strict UTF-8; the first bad byte is located for the user. */
  static String decode(Path file, byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      String before = out.flip().toString();
      int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
      int column = before.length() - (before.lastIndexOf('\n') + 1) + 1;
      throw new BadInputException(String.format(Locale.ROOT,
          "%s is not UTF-8 text (byte 0x%02X on line %d, column %d); save it as UTF-8",
          file, bytes[offset] & 0xff, line, column));
    }
    decoder.flush(out);
    return out.flip().toString();
  }
}
