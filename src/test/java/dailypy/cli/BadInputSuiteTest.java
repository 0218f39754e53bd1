package dailypy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.progress.ProgressStore;
import dailypy.testing.MutableClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input a user can give the command line, driven through the real entry point
 * ({@link Main#run}) with its output captured. Each row asserts a one-line message naming the
 * file, key, id or line; the exit code; no stack trace or exception name anywhere in the output;
 * no INFO log lines; and every file that existed before is left byte for byte as it was.
 *
 * <p>None of these rows gets as far as starting a runner: bad input is refused first. Discord
 * payloads are the bot's (dailypy.discord) and are covered by its own tests.
 */
class BadInputSuiteTest {

  @TempDir Path dir;

  /** One row: files to create, the arguments (given the temp folder), the expected answer. */
  record Row(String name, Setup setup, Function<Path, List<String>> args, int exitCode,
      List<String> message) {
    @Override
    public String toString() {
      return name;
    }
  }

  @FunctionalInterface
  interface Setup {
    void create(Path dir) throws Exception;
  }

  static Row row(String name, Setup setup, Function<Path, List<String>> args, int exitCode,
      String... message) {
    return new Row(name, setup, args, exitCode, List.of(message));
  }

  static Stream<Row> rows() {
    return Stream.of(cliArguments(), answerFiles(), runTestsFiles(), configFiles(),
        questionFiles(), databaseFiles()).flatMap(s -> s);
  }

  // ---------------------------------------------------------------- CLI arguments

  static Stream<Row> cliArguments() {
    Setup none = d -> { };
    return Stream.of(
        row("unknown command", none, d -> List.of("frobnicate"), 2,
            "Unmatched argument", "'frobnicate'"),
        row("grade without its arguments", none, d -> List.of("grade"), 2,
            "tutor grade: Missing required parameters", "QUESTION", "SOLUTION"),
        row("unknown option", none, d -> List.of("grade", "--jsn", "q", "a.py"), 2,
            "tutor grade: Unknown option: '--jsn'"),
        row("run-tests --timeout-ms not a number", none,
            d -> List.of("run-tests", "--timeout-ms", "soon", "x"), 2,
            "tutor run-tests: Invalid value for option '--timeout-ms'", "'soon'"),
        row("forget-me --guild not a number", none,
            d -> List.of("forget-me", "--guild", "general", "--user", "2"), 2,
            "tutor forget-me: Invalid value for option '--guild'", "'general'"),
        row("forget-me without --guild", none, d -> List.of("forget-me", "--user", "2"), 2,
            "tutor forget-me: Missing required option", "--guild"),
        row("questions list with an unknown level", BadInputSuiteTest::bank,
            d -> List.of("questions", "list", "--questions", s(d, "bank"), "--level", "expert"), 2,
            "--level: unknown value 'expert'", "basic, intermediate, advanced"),
        row("questions list with a misspelt kind", BadInputSuiteTest::bank,
            d -> List.of("questions", "list", "--questions", s(d, "bank"), "--kind", "quizz"), 2,
            "--kind: unknown value 'quizz'; did you mean quiz?"),
        row("questions list with a misspelt topic", BadInputSuiteTest::bank,
            d -> List.of("questions", "list", "--questions", s(d, "bank"), "--topic", "string"), 2,
            "--topic: unknown value 'string'; did you mean strings"),
        row("questions list on a missing bank folder", none,
            d -> List.of("questions", "list", "--questions", s(d, "nowhere")), 2,
            "nowhere: no such question folder"),
        row("grade an unknown id", BadInputSuiteTest::bankAndAnswer,
            d -> List.of("grade", "--questions", s(d, "bank"), "no-such-question", s(d, "a.py")),
            2, "no question 'no-such-question' in", "`tutor questions list` lists them"),
        row("bench with two benchmarks at once", none,
            d -> List.of("bench", "--startup", "--calibration"), 2,
            "tutor bench: Error: --startup, --calibration are mutually exclusive"),
        row("grader on a SQLite file", d -> Files.writeString(d.resolve("tutor.yaml"),
                "progress:\n  database: " + d.resolve("x.db") + "\n"),
            d -> List.of("grader", "--config", s(d, "tutor.yaml")), 2,
            "tutor grader needs progress.database to be a postgresql:// URL", "x.db"),
        row("bench-queue on a SQLite file", d -> Files.writeString(d.resolve("tutor.yaml"),
                "progress:\n  database: " + d.resolve("x.db") + "\n"),
            d -> List.of("bench-queue", "--config", s(d, "tutor.yaml")), 2,
            "tutor bench-queue needs progress.database to be a postgresql:// URL"),
        row("grade a misspelt id", BadInputSuiteTest::bankAndAnswer,
            d -> List.of("grade", "--questions", s(d, "bank"), "flaten-matrix", s(d, "a.py")), 2,
            "no question 'flaten-matrix'", "did you mean flatten-matrix?"));
  }

  // ---------------------------------------------------------------- answer files (grade)

  static Stream<Row> answerFiles() {
    return Stream.of(
        row("answer file not UTF-8", d -> {
              bank(d);
              Files.write(d.resolve("binary.py"), new byte[] {'d', 'e', 'f', ' ', 'f', '(', ')',
                  ':', '\n', ' ', ' ', 'r', 'e', 't', 'u', 'r', 'n', ' ', (byte) 0xff, '\n'});
            },
            d -> List.of("grade", "--questions", s(d, "bank"), "flatten-matrix", s(d, "binary.py")),
            2, "binary.py is not UTF-8 text (byte 0xFF on line 2, column 10); save it as UTF-8"),
        row("answer is a folder", d -> {
              bank(d);
              Files.createDirectory(d.resolve("answer.py"));
            },
            d -> List.of("grade", "--questions", s(d, "bank"), "flatten-matrix", s(d, "answer.py")),
            2, "answer.py is a folder; give the answer file itself"),
        row("answer file missing", BadInputSuiteTest::bank,
            d -> List.of("grade", "--questions", s(d, "bank"), "flatten-matrix", s(d, "gone.py")),
            2, "gone.py: no such file (the answer file)"),
        row("answer file too large", d -> {
              bank(d);
              Files.writeString(d.resolve("huge.py"), "x = 1\n".repeat(200_000));
            },
            d -> List.of("grade", "--questions", s(d, "bank"), "flatten-matrix", s(d, "huge.py")),
            2, "huge.py is 1171 KB; the answer file may be at most 1024 KB"),
        row("answer is not a regular file", BadInputSuiteTest::bank,
            d -> List.of("grade", "--questions", s(d, "bank"), "flatten-matrix", "/dev/null"),
            2, "/dev/null is not a regular file; give the answer file itself"),
        row("question YAML file missing", BadInputSuiteTest::answer,
            d -> List.of("grade", s(d, "bank/basic/lists/nothing.yaml"), s(d, "a.py")), 2,
            "nothing.yaml: no such file (the question file)"),
        row("question YAML file not UTF-8", d -> {
              answer(d);
              Files.createDirectories(d.resolve("bank/basic/lists"));
              Files.write(d.resolve("bank/basic/lists/latin.yaml"),
                  "id: latin\ntitle: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
            },
            d -> List.of("grade", s(d, "bank/basic/lists/latin.yaml"), s(d, "a.py")), 2,
            "latin.yaml is not UTF-8 text (byte 0xE9 on line 2, column 11)"));
  }

  // ---------------------------------------------------------------- run-tests files

  static Stream<Row> runTestsFiles() {
    return Stream.of(
        row("run-tests: a missing path", d -> { },
            d -> List.of("run-tests", s(d, "two-fer")), 2, "two-fer: no such file or folder"),
        row("run-tests: the solution file missing", d -> write(d, "two_fer_test.py", TEST),
            d -> List.of("run-tests", s(d, "two_fer.py"), s(d, "two_fer_test.py")), 2,
            "two_fer.py: no such file (the solution)"),
        row("run-tests: the test file missing", d -> write(d, "two_fer.py", SOLUTION),
            d -> List.of("run-tests", s(d, "two_fer.py"), s(d, "two_fer_test.py")), 2,
            "two_fer_test.py: no such file (the test file)"),
        row("run-tests: the solution not UTF-8", d -> {
              write(d, "two_fer_test.py", TEST);
              Files.write(d.resolve("two_fer.py"), "name = 'Jos\u00e9'\n"
                  .getBytes(StandardCharsets.ISO_8859_1));
            },
            d -> List.of("run-tests", s(d, "two_fer.py"), s(d, "two_fer_test.py")), 2,
            "two_fer.py is not UTF-8 text (byte 0xE9 on line 1, column 12)"),
        row("run-tests: the test not UTF-8", d -> {
              write(d, "two_fer.py", SOLUTION);
              Files.write(d.resolve("two_fer_test.py"), "# \u00bfqu\u00e9?\n"
                  .getBytes(StandardCharsets.ISO_8859_1));
            },
            d -> List.of("run-tests", s(d, "two_fer.py"), s(d, "two_fer_test.py")), 2,
            "two_fer_test.py is not UTF-8 text (byte 0xBF on line 1, column 3)"),
        row("run-tests: one file that is not a folder", d -> write(d, "two_fer.py", SOLUTION),
            d -> List.of("run-tests", s(d, "two_fer.py")), 2,
            "two_fer.py is a file, not an exercise folder"),
        row("run-tests: a folder with two *_test.py", d -> {
              write(d, "ex/a_test.py", TEST);
              write(d, "ex/b_test.py", TEST);
              write(d, "ex/two_fer.py", SOLUTION);
            },
            d -> List.of("run-tests", s(d, "ex")), 2,
            "ex must hold one *_test.py (or one test_*.py), found a_test.py, b_test.py"),
        row("run-tests: a folder without a test", d -> write(d, "ex/two_fer.py", SOLUTION),
            d -> List.of("run-tests", s(d, "ex")), 2, "ex must hold one *_test.py", "found none"),
        row("run-tests: a folder with only the test", d -> write(d, "ex/two_fer_test.py", TEST),
            d -> List.of("run-tests", s(d, "ex")), 2,
            "ex has the test two_fer_test.py but no module to test"),
        row("run-tests: every folder refused", d -> {
              write(d, "one/two_fer.py", SOLUTION);
              write(d, "two/two_fer_test.py", TEST);
            },
            d -> List.of("run-tests", s(d, "one"), s(d, "two")), 2,
            "none of the 2 folders can be run", "one must hold one *_test.py"));
  }

  // ---------------------------------------------------------------- config files

  static Stream<Row> configFiles() {
    return Stream.of(
        config("a value out of range, on its line", "runner:\n  workers: -1\n",
            "tutor.yaml:2: runner.workers must be between 1 and 64, got -1"),
        config("a word for a number", "# settings\nrunner:\n  workers: two\n",
            "tutor.yaml:3: runner.workers must be a whole number, got \"two\""),
        config("a tab for indentation", "runner:\n\tworkers: 2\n",
            "tutor.yaml:2:1: not valid YAML: a tab where YAML expects spaces"),
        config("a key written twice", "runner:\n  workers: 2\n  workers: 3\n",
            "tutor.yaml:3:10: the key 'workers' appears twice"),
        config("an unknown key", "runner:\n  heap: 512\n",
            "tutor.yaml:2: unknown key 'runner.heap'", "heap_mb"),
        config("an unclosed quote", "progress:\n  database: 'data/x.db\n",
            "tutor.yaml:2:13: not valid YAML: the quote that starts here is never closed"),
        config("a list instead of keys", "- runner\n",
            "tutor.yaml:1: the config must be keys such as runner: and discord:"),
        config("a bad URL", "discord:\n  rest_url: ftp://example.test\n",
            "tutor.yaml:2: discord.rest_url must start with http:// or https://"),
        row("config: file missing", d -> { },
            d -> List.of("backup", "--config", s(d, "none.yaml"), s(d, "copy.db")), 2,
            "none.yaml: no such config file"),
        row("config: a folder", d -> Files.createDirectory(d.resolve("tutor.yaml")),
            d -> List.of("backup", "--config", s(d, "tutor.yaml"), s(d, "copy.db")), 2,
            "tutor.yaml is a folder; give the config file itself"),
        row("config: not UTF-8", d -> Files.write(d.resolve("tutor.yaml"),
                "# r\u00e9glages\n".getBytes(StandardCharsets.ISO_8859_1)),
            d -> List.of("backup", "--config", s(d, "tutor.yaml"), s(d, "copy.db")), 2,
            "tutor.yaml is not UTF-8 text (byte 0xE9 on line 1, column 4)"));
  }

  static Row config(String name, String yaml, String... message) {
    return row("config: " + name, d -> Files.writeString(d.resolve("tutor.yaml"), yaml),
        d -> List.of("forget-me", "--config", s(d, "tutor.yaml"), "--guild", "1", "--user", "2"),
        2, message);
  }

  // ---------------------------------------------------------------- question files

  static Stream<Row> questionFiles() {
    return Stream.of(
        row("question: the asked one has malformed YAML", d -> {
              bankAndAnswer(d);
              write(d, "bank/basic/lists/broken-list.yaml", "id: broken-list\ntitle: [oops\n");
            },
            d -> List.of("grade", "--questions", s(d, "bank"), "broken-list", s(d, "a.py")), 2,
            "refused to grade 'broken-list': its file", "broken-list.yaml has a problem: line"),
        row("question: the asked one misses required keys", d -> {
              bankAndAnswer(d);
              write(d, "bank/basic/lists/half-done.yaml", "id: half-done\ntitle: Half done\n"
                  + "level: basic\ntopic: lists\nkind: function\n");
            },
            d -> List.of("grade", "--questions", s(d, "bank"), "half-done", s(d, "a.py")), 2,
            "refused to grade 'half-done': its file", "half-done.yaml has a problem"),
        row("question: the asked one has a key twice", d -> {
              bankAndAnswer(d);
              write(d, "bank/basic/lists/twice.yaml", "id: twice\ntitle: A\ntitle: B\n");
            },
            d -> List.of("grade", "--questions", s(d, "bank"), "twice", s(d, "a.py")), 2,
            "refused to grade 'twice'", "twice.yaml has a problem: line 3"),
        row("question: a YAML file with problems given directly", d -> {
              answer(d);
              write(d, "bank/basic/lists/odd.yaml", "id: odd\nlevel: expert\n");
            },
            d -> List.of("grade", s(d, "bank/basic/lists/odd.yaml"), s(d, "a.py")), 2,
            "refused to grade", "odd.yaml: line"),
        row("question: a broken file is named when another is asked for", d -> {
              bankAndAnswer(d);
              write(d, "bank/basic/lists/broken-list.yaml", "id: broken-list\ntitle: [oops\n");
            },
            d -> List.of("grade", "--questions", s(d, "bank"), "no-such-id", s(d, "a.py")), 2,
            "warning: left out", "broken-list.yaml: line"));
  }

  // ---------------------------------------------------------------- database files

  static Stream<Row> databaseFiles() {
    return Stream.of(
        forget("a damaged database", BadInputSuiteTest::corruptDb, "tutor.db",
            "the database", "tutor.db is damaged", "left untouched", "tutor backup"),
        backup("a damaged database", BadInputSuiteTest::corruptDb, "tutor.db",
            "tutor.db is damaged", "left untouched"),
        forget("a file that is not a database", d -> garbage(d, "tutor.db"), "tutor.db",
            "tutor.db is not an SQLite database", "left untouched"),
        backup("a file that is not a database", d -> garbage(d, "tutor.db"), "tutor.db",
            "tutor.db is not an SQLite database"),
        forget("a read-only database", d -> {
              tutorDb(d, "tutor.db");
              Files.setPosixFilePermissions(d.resolve("tutor.db"),
                  PosixFilePermissions.fromString("r--r--r--"));
            }, "tutor.db", "the database", "tutor.db is read-only"),
        forget("another program's SQLite database", BadInputSuiteTest::foreignDb, "tutor.db",
            "tutor.db is an SQLite database, but not the tutor's", "left untouched"),
        forget("a folder", d -> Files.createDirectory(d.resolve("tutor.db")), "tutor.db",
            "the database", "tutor.db is a folder"),
        forget("no database", d -> { }, "tutor.db", "no database at", "tutor.db"),
        backup("no database", d -> { }, "tutor.db", "no database at", "tutor.db"),
        row("backup: the target exists", d -> {
              tutorDb(d, "tutor.db");
              write(d, "copy.db", "keep me");
            },
            d -> List.of("backup", "--db", s(d, "tutor.db"), s(d, "copy.db")), 1,
            "copy.db already exists; choose a new file name"),
        row("backup: the target's folder is a file", d -> {
              tutorDb(d, "tutor.db");
              write(d, "backups", "a file where the folder should be");
            },
            d -> List.of("backup", "--db", s(d, "tutor.db"), s(d, "backups/copy.db")), 1,
            "cannot create the backup folder", "backups"));
  }

  static Row forget(String name, Setup setup, String db, String... message) {
    return row("database (forget-me): " + name, setup,
        d -> List.of("forget-me", "--db", s(d, db), "--guild", "1", "--user", "2"), 1, message);
  }

  static Row backup(String name, Setup setup, String db, String... message) {
    return row("database (backup): " + name, setup,
        d -> List.of("backup", "--db", s(d, db), s(d, "backups/copy.db")), 1, message);
  }

  // ---------------------------------------------------------------- the check

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void badInputGetsOneClearLineAndChangesNothing(Row row) throws Exception {
    row.setup().create(dir);
    Map<Path, String> before = hashes(dir);

    Captured run = run(row.args().apply(dir));

    String all = run.out() + run.err();
    assertThat(run.exitCode()).as("exit code; output:\n%s", all).isEqualTo(row.exitCode());
    List<String> lines = all.lines().toList();
    String first = row.message().get(0);
    assertThat(lines).as("a line with %s in:\n%s", first, all).anyMatch(l -> l.contains(first));
    String message = lines.stream().filter(l -> l.contains(first)).findFirst().orElseThrow();
    assertThat(message).as("the one line of the message").contains(row.message());
    assertThat(lines).as("no stack trace:\n%s", all)
        .noneMatch(l -> l.matches("\\s+at [\\w.$]+\\(.*") || l.contains("at dailypy."))
        .noneMatch(l -> l.contains("Exception"))
        .noneMatch(l -> l.contains(" INFO "));
    assertThat(hashes(dir)).as("files left as they were").containsAllEntriesOf(before);
  }

  @org.junit.jupiter.api.Test
  void theSuiteHasAtLeastFortyRows() {
    assertThat(rows().count()).isGreaterThanOrEqualTo(40);
  }

  record Captured(int exitCode, String out, String err) {}

  /** Runs the real entry point with stdout and stderr captured (logging included). */
  static synchronized Captured run(List<String> args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
      int code = Main.run(args.toArray(String[]::new));
      return new Captured(code, outBytes.toString(StandardCharsets.UTF_8),
          errBytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  // ---------------------------------------------------------------- fixtures

  static final String SOLUTION = "def two_fer(name='you'):\n    return f'One for {name}, one for me.'\n";
  static final String TEST = "import unittest\nfrom two_fer import two_fer\n\n"
      + "class T(unittest.TestCase):\n    def test_it(self):\n"
      + "        self.assertEqual(two_fer(), 'One for you, one for me.')\n";

  static String s(Path dir, String name) {
    return dir.resolve(name).toString();
  }

  static void write(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** A one-question bank: the real flatten-matrix question. */
  static void bank(Path dir) throws IOException {
    Path target = dir.resolve("bank/basic/comprehensions/flatten-matrix.yaml");
    Files.createDirectories(target.getParent());
    Files.copy(Path.of("questions/basic/comprehensions/flatten-matrix.yaml"), target);
  }

  static void answer(Path dir) throws IOException {
    write(dir, "a.py", "def flatten_rows(rows):\n    return [x for r in rows for x in r]\n");
  }

  static void bankAndAnswer(Path dir) throws IOException {
    bank(dir);
    answer(dir);
  }

  static void tutorDb(Path dir, String name) {
    try (ProgressStore store = ProgressStore.open(dir.resolve(name),
        new MutableClock(Instant.parse("2026-01-01T00:00:00Z")))) {
      assertThat(store.file()).exists();
    }
  }

  /** A tutor database whose pages after the first are overwritten. */
  static void corruptDb(Path dir) throws IOException {
    tutorDb(dir, "tutor.db");
    Path db = dir.resolve("tutor.db");
    Files.deleteIfExists(dir.resolve("tutor.db-wal"));
    Files.deleteIfExists(dir.resolve("tutor.db-shm"));
    try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
      byte[] junk = "\u00de\u00ad\u00be\u00ef".repeat(100).getBytes(StandardCharsets.ISO_8859_1);
      for (long page = 4096; page < f.length(); page += 4096) {
        f.seek(page);
        f.write(junk);
      }
    }
  }

  static void garbage(Path dir, String name) throws IOException {
    byte[] bytes = new byte[5000];
    new java.util.Random(7).nextBytes(bytes);
    Files.write(dir.resolve(name), bytes);
  }

  /** An SQLite database some other program made. */
  static void foreignDb(Path dir) throws Exception {
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("tutor.db"));
        var st = c.createStatement()) {
      st.execute("CREATE TABLE recipes (name TEXT)");
      st.execute("INSERT INTO recipes VALUES ('bread')");
    }
  }

  static Map<Path, String> hashes(Path root) throws IOException {
    Map<Path, String> hashes = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        hashes.put(root.relativize(p), sha256(p));
      }
    }
    return hashes;
  }

  static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(Files.readAllBytes(file)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
