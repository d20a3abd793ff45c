package io.apimodel.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.apimodel.runtime.ApiObject;
import io.apimodel.sample.prism.v4.config.Task;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code toStr()} and {@code toString()} of model instances against CPython 3.11's {@code
 * pprint.pformat} of the equivalent dicts. The instances are built in {@link TaskToStrCases} and
 * {@link DictModelToStrCases}; {@code src/test/python/make_tostr_cases.py} builds the same dicts
 * under the same case names and wrote {@code tostr/<case>.txt} and {@code tostr/index.txt}.
 */
class ToStrParityTest {

  private static Map<String, Supplier<ApiObject>> cases() {
    ToStrValues.Cases cases = new ToStrValues.Cases();
    TaskToStrCases.addTo(cases);
    DictModelToStrCases.addTo(cases);
    return cases.byName;
  }

  @TestFactory
  Stream<DynamicTest> toStrIsPythonPformat() {
    return cases().entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey(), () -> {
      String expected = resource("/tostr/" + c.getKey() + ".txt");
      ApiObject model = c.getValue().get();
      assertEquals(expected, model.toStr(), "toStr() of " + c.getKey());
    }));
  }

  @TestFactory
  Stream<DynamicTest> toStringIsToStr() {
    return cases().entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey(), () -> {
      String expected = resource("/tostr/" + c.getKey() + ".txt");
      assertEquals(expected, c.getValue().get().toString(), "toString() of " + c.getKey());
    }));
  }

  /**
   * The fixture cases, read from the JSON files with Jackson instead of built: the same dict as the
   * built instance, and the same text.
   */
  @TestFactory
  Stream<DynamicTest> fixturesReadFromJsonPrintTheSame() {
    Map<String, String> fixtures = Map.of(
        "nutanix_task_register_pc", "/fixtures/nutanix/task-register-pc.json",
        "nutanix_task_failed_batch", "/fixtures/nutanix/task-failed-batch.json",
        "task_small", "/fixtures/bench/task-small.json");
    ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
    Map<String, Supplier<ApiObject>> cases = cases();
    return fixtures.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(f -> DynamicTest.dynamicTest(
        f.getKey(), () -> {
          Task read = mapper.readValue(resource(f.getValue()), Task.class);
          assertEquals(cases.get(f.getKey()).get().toDict(), read.toDict());
          assertEquals(Map.of(), read.unknownFields());
          assertEquals(resource("/tostr/" + f.getKey() + ".txt"), read.toStr());
        }));
  }

  /** The Java cases and the script's cases are the same names in the same order, 30 or more. */
  @Test
  void javaCasesMatchTheScriptsCases() throws IOException {
    List<String> script = new ArrayList<>(List.of(resource("/tostr/index.txt").split("\n")));
    assertEquals(new ArrayList<>(cases().keySet()), script);
    assertTrue(script.size() >= 30, "only " + script.size() + " cases");
  }

  static String resource(String path) throws IOException {
    try (InputStream in = ToStrParityTest.class.getResourceAsStream(path)) {
      assertNotNull(in, path + " is missing; run src/test/python/make_tostr_cases.py");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
