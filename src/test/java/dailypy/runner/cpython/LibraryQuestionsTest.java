package dailypy.runner.cpython;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dailypy.runner.Constraint;
import dailypy.runner.Limits;
import dailypy.runner.RunRequest;
import dailypy.runner.RunResult;
import dailypy.runner.Runner;
import dailypy.runner.TestResult;
import dailypy.runner.TestSpec;
import dailypy.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every code question of the bank that needs numpy, pandas, flask or django, graded on the
 * sandboxed CPython backend: the reference solution passes and each wrong solution gets exactly
 * its declared verdict.
 */
class LibraryQuestionsTest {

  static final Runner RUNNER = SharedCPython.started().runner();
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  static final Set<String> LIBRARIES = Set.of("numpy", "pandas", "flask", "django",
      "djangorestframework");

  static List<Arguments> gradings() throws IOException {
    List<Arguments> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("questions"))) {
      files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    for (Path file : files) {
      JsonNode q = YAML.readTree(file.toFile());
      Set<String> requires = new TreeSet<>();
      q.path("requires").forEach(r -> requires.add(r.asText()));
      if (!q.has("tests") || requires.isEmpty() || !LIBRARIES.containsAll(requires)) {
        continue;
      }
      String id = q.path("id").asText();
      out.add(Arguments.of(id + ": solution", file, q.path("solution").asText(), Verdict.PASSED));
      for (JsonNode wrong : q.path("wrong_solutions")) {
        out.add(Arguments.of(id + ": " + wrong.path("name").asText(), file,
            wrong.path("code").asText(), Verdict.valueOf(wrong.path("verdict").asText())));
      }
    }
    assertThat(out).as("library questions in the bank").hasSizeGreaterThan(10);
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("gradings")
  void libraryQuestionsAreGradedInTheSandbox(String name, Path file, String code,
      Verdict verdict) throws IOException {
    RunResult result = RUNNER.run(request(YAML.readTree(file.toFile()), code));

    assertThat(result.verdict()).as(name + ": " + result.message() + " "
        + result.tests().stream().filter(t -> !t.passed()).map(TestResult::message).toList()
        + (result.error() == null ? "" : result.error().traceback())).isEqualTo(verdict);
    assertThat(result.backend()).isEqualTo("cpython");
  }

  /** The question file as a run request, the way the bot builds it. */
  static RunRequest request(JsonNode q, String code) {
    JsonNode t = q.path("tests");
    TestSpec spec = switch (t.path("style").asText()) {
      case "unittest" -> new TestSpec.Unittest(t.path("module").asText());
      case "test-writing" -> {
        List<TestSpec.Mutant> mutants = new ArrayList<>();
        t.path("mutants").forEach(m -> mutants.add(new TestSpec.Mutant(m.path("name").asText(),
            m.path("code").asText(), m.path("hidden").asBoolean())));
        yield new TestSpec.TestWriting(t.path("module_name").asText(),
            t.path("reference").asText(), mutants);
      }
      default -> {
        List<TestSpec.Case> cases = new ArrayList<>();
        for (JsonNode c : t.path("cases")) {
          cases.add(new TestSpec.Case(c.has("name") ? c.path("name").asText() : null,
              c.path("call").asText(), c.has("expected") ? c.path("expected").asText() : null,
              c.has("raises") ? c.path("raises").asText() : null, c.path("hidden").asBoolean(),
              c.path("unordered").asBoolean(), c.path("tolerance").asDouble(1e-9)));
        }
        yield new TestSpec.Cases(cases);
      }
    };
    List<Constraint> constraints = new ArrayList<>();
    q.path("constraints").forEach(c -> constraints.add(new Constraint(c.path("forbid").asText(),
        c.path("name").asText(), c.path("message").asText())));
    Set<String> requires = new TreeSet<>();
    q.path("requires").forEach(r -> requires.add(r.asText()));
    Limits limits = Limits.DEFAULT;
    if (q.path("limits").has("time_ms")) {
      limits = limits.withCpuTime(Duration.ofMillis(q.path("limits").path("time_ms").asLong()));
    }
    return new RunRequest(code, spec, constraints, limits, requires);
  }
}
