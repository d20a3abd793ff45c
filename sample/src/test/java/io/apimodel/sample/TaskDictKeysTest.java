package io.apimodel.sample;

import static io.apimodel.sample.ToDictTest.asList;
import static io.apimodel.sample.ToDictTest.asMap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimodel.sample.prism.v4.config.Task;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The sample's Task uses {@code dictKeys = SNAKE_CASE}: its {@code toDict()} keys are those of the
 * Python SDK's {@code Task.to_dict()} (the 24 parameters of the seed page, a copy of
 * {@code shared/seed/task-python-sdk-doc.txt}, plus {@code _object_type} and {@code _reserved}),
 * and so are the keys of every nested model.
 */
class TaskDictKeysTest {

  private static final List<String> BASE = List.of("_object_type", "_reserved");

  /** The Python SDK's attributes of the nested models (prism.v4.config, prism.v4.error, common.v1). */
  private static final List<String> TASK_REFERENCE_INTERNAL = keys("href", "rel", "ext_id");
  private static final List<String> ENTITY_REFERENCE = keys("ext_id", "rel", "name");
  private static final List<String> TASK_STEP = keys("name");
  private static final List<String> OWNER_REFERENCE = keys("ext_id", "name");
  private static final List<String> KV_PAIR = keys("name", "value");
  private static final List<String> APP_MESSAGE =
      keys("message", "severity", "code", "locale", "error_group", "arguments_map");

  /** The parameters of {@code class Task(ext_id=None, ..., *args, **kwargs)} on the seed page. */
  static List<String> seedParameters() throws IOException {
    String seed = ToStrParityTest.resource("/seed/task-python-sdk-doc.txt");
    Matcher signature = Pattern.compile("class Task\\(([^)]*)\\)").matcher(seed);
    assertTrue(signature.find(), "no class Task(...) signature in the seed page");
    List<String> names = new ArrayList<>();
    for (String parameter : signature.group(1).split(",\\s*")) {
      if (parameter.endsWith("=None")) {
        names.add(parameter.substring(0, parameter.length() - "=None".length()));
      }
    }
    return names;
  }

  @Test
  void seedPageHas24SnakeCaseParameters() throws IOException {
    List<String> names = seedParameters();
    assertEquals(24, names.size(), names.toString());
    assertEquals(24, new LinkedHashSet<>(names).size());
    for (String name : names) {
      assertTrue(name.matches("[a-z]+(_[a-z]+)*"), name);
    }
  }

  @Test
  void newTaskHasExactlyThePythonSdkKeysInPropertyOrder() throws IOException {
    List<String> expected = new ArrayList<>(BASE);
    expected.addAll(seedParameters());
    Map<String, Object> dict = new Task().toDict();
    assertEquals(expected, new ArrayList<>(dict.keySet()));
    assertEquals(Set.copyOf(expected), dict.keySet());
  }

  @Test
  void fullTaskHasThePythonSdkKeysAtEveryLevel() throws IOException {
    Map<String, Object> dict = ToDictTest.taskFull().toDict();
    List<String> expected = new ArrayList<>(BASE);
    expected.addAll(seedParameters());
    assertEquals(expected, new ArrayList<>(dict.keySet()));
    for (String key : expected) {
      assertTrue(dict.get(key) != null, key + " should be set in the full Task");
    }
    assertKeys(TASK_REFERENCE_INTERNAL, dict.get("parent_task"));
    assertKeys(TASK_REFERENCE_INTERNAL, dict.get("root_task"));
    assertKeys(OWNER_REFERENCE, dict.get("owned_by"));
    assertItemKeys(TASK_REFERENCE_INTERNAL, dict.get("sub_tasks"), 3);
    assertItemKeys(ENTITY_REFERENCE, dict.get("entities_affected"), 3);
    assertItemKeys(TASK_STEP, dict.get("sub_steps"), 4);
    assertItemKeys(KV_PAIR, dict.get("completion_details"), 2);
    assertItemKeys(APP_MESSAGE, dict.get("error_messages"), 1);
    assertItemKeys(APP_MESSAGE, dict.get("warnings"), 1);
  }

  @Test
  void nestedValuesSitUnderTheirSnakeCaseKeys() {
    Map<String, Object> dict = ToDictTest.taskFull().toDict();
    assertEquals("00000000-0000-0000-0000-000000000000", asMap(dict.get("owned_by")).get("ext_id"));
    assertEquals("https://10.40.12.21:9440/api/prism/v4.0/config/tasks/ZXJnb24=:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
        asMap(asList(dict.get("sub_tasks")).get(0)).get("href"));
    assertEquals("parent", asMap(dict.get("parent_task")).get("rel"));
    Map<String, Object> warning = asMap(asList(dict.get("warnings")).get(0));
    assertEquals("VM_GUEST_CUSTOMIZATION", warning.get("error_group"));
    // Data keys are not converted: the map's own keys stay as they are.
    assertEquals(List.of("vm_name", "reason", "cluster_name"), new ArrayList<>(asMap(warning.get("arguments_map")).keySet()));
    assertEquals(Map.of("$fv", "v4.r2"), asMap(asList(dict.get("error_messages")).get(0)).get("_reserved"));
    assertEquals("prism.v4.error.AppMessage", warning.get("_object_type"));
    assertEquals(Map.of("$fv", "v1.r0"), asMap(asList(dict.get("completion_details")).get(0)).get("_reserved"));
    assertEquals("common.v1.config.KVPair", asMap(asList(dict.get("completion_details")).get(0)).get("_object_type"));
  }

  private static List<String> keys(String... names) {
    List<String> keys = new ArrayList<>(BASE);
    keys.addAll(List.of(names));
    return keys;
  }

  private static void assertKeys(List<String> expected, Object dict) {
    assertEquals(expected, new ArrayList<>(asMap(dict).keySet()));
  }

  private static void assertItemKeys(List<String> expected, Object list, int size) {
    List<Object> items = asList(list);
    assertEquals(size, items.size());
    for (Object item : items) {
      assertKeys(expected, item);
    }
  }
}
