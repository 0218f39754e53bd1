package dailypy.cli;

import dailypy.runner.RunResult;
import dailypy.runner.TestResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON form of a result, as documented in docs/result-schema.md. */
public final class ResultJson {

  private ResultJson() {}

  public static Map<String, Object> toMap(RunResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("version", 1);
    m.put("verdict", r.verdict().name());
    m.put("message", r.message());
    m.put("passed", r.passedCount());
    m.put("total", r.tests().size());
    m.put("duration_ms", r.durationMillis());
    m.put("backend", r.backend());
    m.put("cpu_limit_ms", r.cpuLimitMillis());
    List<Map<String, Object>> tests = new ArrayList<>();
    for (TestResult t : r.tests()) {
      Map<String, Object> tm = new LinkedHashMap<>();
      tm.put("name", t.name());
      tm.put("status", t.passed() ? "pass" : "fail");
      tm.put("hidden", t.hidden());
      tm.put("message", t.message());
      tm.put("output", t.output());
      tests.add(tm);
    }
    m.put("tests", tests);
    m.put("output", r.output());
    if (r.error() != null) {
      m.put("error", Map.of("type", r.error().type(), "message", r.error().message(),
          "line", r.error().line(), "column", r.error().column(),
          "traceback", r.error().traceback()));
    }
    if (r.violation() != null) {
      m.put("violation", Map.of("rule", String.valueOf(r.violation().rule()),
          "message", r.violation().message(), "line", r.violation().line()));
    }
    return m;
  }
}
