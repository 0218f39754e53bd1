package dailypy.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Submissions that hunt for the bot's secrets and host paths, shared by both backends' secrets
 * suites. Maven's surefire plants {@link #TOKEN} as DISCORD_TOKEN (and an AWS key) in the test
 * JVM's environment, as an operator's shell does for the real bot; none of it, nor the bot
 * user's home or the project directory, may show anywhere in a result.
 */
public final class SecretCases {

  public static final String TOKEN = "planted-test-token-do-not-leak";
  public static final String AWS_SECRET = "planted-aws-secret-do-not-leak";

  /** Every submission defines answer(), graded against 0 so that what it returns is shown. */
  public static final TestSpec ANSWER_IS_ZERO = new TestSpec.Cases(List.of(
      new TestSpec.Case(null, "answer()", "0", null, false, false, 1e-9)));

  private SecretCases() {}

  /** Without the planted secrets the suites would pass without proving anything. */
  public static void assertPlanted() {
    assertThat(System.getenv("DISCORD_TOKEN")).as("DISCORD_TOKEN must be planted: run the "
        + "tests through Maven, whose surefire configuration sets it").isEqualTo(TOKEN);
    assertThat(System.getenv("AWS_SECRET_ACCESS_KEY")).isEqualTo(AWS_SECRET);
  }

  /** The planted secrets, the bot user's home, and the project directory. */
  public static List<String> forbidden() {
    List<String> f = new ArrayList<>(List.of(TOKEN, AWS_SECRET, "planted-", "/root"));
    for (String path : List.of(System.getProperty("user.home"), System.getProperty("user.dir"))) {
      if (path != null && path.length() > 1) {
        f.add(path);
      }
    }
    return f;
  }

  public static void assertNoneIn(String what, String text) {
    for (String secret : forbidden()) {
      assertThat(text).as(what + " must not contain " + secret).doesNotContain(secret);
    }
  }

  /**
   * For an attack: nothing forbidden, and nothing read from where it looked. A path the
   * submission spelled out itself may be echoed back (in an error message, say): that discloses
   * nothing it did not know.
   */
  public static void assertNothingFound(String what, String text, Attack attack) {
    String rest = text;
    for (String echo : attack.echoes()) {
      rest = rest.replace(echo, "");
    }
    assertNoneIn(what, rest);
    for (String content : attack.contents()) {
      assertThat(rest).as(what + " must not contain " + content).doesNotContain(content);
    }
  }

  /**
   * @param code defines answer(), which prints what it found and returns it
   * @param echoes host paths the code names itself
   * @param contents what a successful read of those paths would show
   */
  public record Attack(String name, String code, List<String> echoes, List<String> contents) {
    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * A Python expression that builds {@code text} at run time: a path written as a literal would
   * show in a traceback of the user's own line, which is not a leak.
   */
  public static String pyString(String text) {
    return "''.join(map(chr, [" + text.chars().mapToObj(Integer::toString)
        .collect(Collectors.joining(", ")) + "]))";
  }

  private static Attack attack(String name, String body) {
    return new Attack(name, body, List.of(), List.of());
  }

  public static List<Attack> attacks() {
    String home = System.getProperty("user.home");
    String project = System.getProperty("user.dir");
    return List.of(
        attack("os.environ", "import os\ndef answer():\n    v = dict(os.environ)\n"
            + "    print(v)\n    return v\n"),
        attack("os.getenv of the token", "import os\ndef answer():\n"
            + "    v = [os.getenv('DISCORD_TOKEN'), os.getenv('AWS_SECRET_ACCESS_KEY')]\n"
            + "    print(v)\n    return v\n"),
        attack("/proc/self/environ", reading("'/proc/self/environ'")),
        attack("/proc/1/environ", reading("'/proc/1/environ'")),
        attack("the parent's environ", "import os\ndef answer():\n"
            + "    v = open('/proc/%d/environ' % os.getppid(), 'rb').read()\n"
            + "    print(v)\n    return repr(v)\n"),
        attack("every /proc/*/environ", "import os\ndef answer():\n    found = []\n"
            + "    for pid in os.listdir('/proc'):\n        if pid.isdigit():\n"
            + "            try:\n"
            + "                found.append(open('/proc/' + pid + '/environ', 'rb').read())\n"
            + "            except OSError as e:\n                found.append(str(e))\n"
            + "    print(found)\n    return repr(found)\n"),
        attack("/proc/self/cmdline", reading("'/proc/self/cmdline'")),
        attack("/proc/1/cmdline", reading("'/proc/1/cmdline'")),
        attack("/proc/self/mountinfo", reading("'/proc/self/mountinfo'")),
        attack("the working directory", "import os\ndef answer():\n"
            + "    v = [os.getcwd(), os.listdir('.')]\n    print(v)\n    return v\n"),
        attack("home and user", "import os, pwd\ndef answer():\n"
            + "    v = [os.path.expanduser('~'), pwd.getpwuid(os.getuid())]\n"
            + "    print(v)\n    return repr(v)\n"),
        attack("where the interpreter and modules live", "import os, sys, json, unittest\n"
            + "def answer():\n    v = [sys.argv, sys.executable, sys.prefix, sys.path, "
            + "os.__file__, json.__file__, unittest.__file__]\n    print(v)\n    return repr(v)\n"),
        attack("a library error's traceback", "import json\ndef answer():\n"
            + "    return json.loads('{')\n"),
        new Attack("the bot user's home", "import os\ndef answer():\n"
            + "    v = os.listdir(" + pyString(home) + ")\n    print(v)\n    return v\n",
            List.of(home), listing(home)),
        new Attack("the project directory", "import os\ndef answer():\n"
            + "    v = [os.listdir(" + pyString(project) + "), open("
            + pyString(project + "/pom.xml") + ").read()]\n    print(v)\n    return v\n",
            List.of(project + "/pom.xml", project), List.of("pom.xml", "daily-python-tutor")),
        attack("the host through Java", "import java\ndef answer():\n"
            + "    s = java.type('java.lang.System')\n"
            + "    v = [str(s.getenv()), s.getProperty('user.home'), s.getProperty('user.dir'), "
            + "s.getProperty('java.class.path')]\n    print(v)\n    return v\n"));
  }

  /** The names in a host directory (the longer ones: "src" might show up for other reasons). */
  private static List<String> listing(String dir) {
    try (Stream<Path> s = Files.list(Path.of(dir))) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.length() >= 4).toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static String reading(String path) {
    return "def answer():\n    v = open(" + path + ", 'rb').read()\n    print(v)\n"
        + "    return repr(v)\n";
  }
}
