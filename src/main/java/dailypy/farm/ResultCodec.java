package dailypy.farm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dailypy.runner.RunResult;

/** A {@link RunResult} as the JSON a grader stores with its job and a bot reads back. */
final class ResultCodec {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private ResultCodec() {}

  static String write(RunResult r) {
    try {
      return JSON.writeValueAsString(r);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a result as JSON", e);
    }
  }

  static RunResult read(String json) {
    try {
      return JSON.readValue(json, RunResult.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read a stored result", e);
    }
  }
}
