package io.apimodel.sample.json;

import static io.apimodel.sample.json.Json.MAPPER;
import static io.apimodel.sample.json.Json.readTask;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JacksonException;
import io.apimodel.sample.prism.v4.config.Task;
import io.apimodel.sample.prism.v4.config.TaskStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reading is strict: a JSON value is never converted into another type. A string is never a
 * number or a boolean, a number never a string, a number with a fraction or an exponent never an
 * integer, and an integer must fit. What the README's "What each type accepts" says, on the
 * sample's {@code Task}, so that it holds for both JSON mappings (this class also runs in
 * apimodel-sample-annotations-only).
 */
class JsonCoercionTest {

  @Test
  void anIntegerPropertyTakesAJsonIntegerThatFits() {
    assertEquals(50, readTask("{\"progressPercentage\": 50}").progressPercentage());
    assertEquals(
        Integer.MAX_VALUE, readTask("{\"numberOfSubtasks\": 2147483647}").numberOfSubtasks());
    assertEquals(
        Integer.MIN_VALUE, readTask("{\"numberOfSubtasks\": -2147483648}").numberOfSubtasks());
  }

  @Test
  void theOtherTypesTakeTheirOwnJsonType() {
    Task task =
        readTask(
            "{\"operation\": \"Register\", \"isCancelable\": false, \"status\": \"RUNNING\","
                + " \"createdTime\": \"2024-06-07T11:11:34Z\"}");

    assertEquals("Register", task.operation());
    assertEquals(false, task.isCancelable());
    assertEquals(TaskStatus.RUNNING, task.status());
    assertEquals("2024-06-07T11:11:34Z", task.createdTime().toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        // integers: no strings, no fractions or exponents, nothing out of range
        "{\"progressPercentage\": \"50\"} | progressPercentage |"
            + " expected an integer, got the string \"50\"",
        "{\"progressPercentage\": 50.0} | progressPercentage |"
            + " expected an integer, got the number 50.0",
        "{\"progressPercentage\": 5e1} | progressPercentage |"
            + " expected an integer, got the number 5e1",
        "{\"progressPercentage\": true} | progressPercentage | expected an integer, got true",
        "{\"numberOfSubtasks\": 2147483648} | numberOfSubtasks |"
            + " the number 2147483648 does not fit in an int",
        // strings: no numbers, no booleans
        "{\"operation\": 7} | operation | expected a string, got the number 7",
        "{\"operation\": true} | operation | expected a string, got true",
        // booleans: true or false only
        "{\"isCancelable\": \"false\"} | isCancelable |"
            + " expected true or false, got the string \"false\"",
        "{\"isCancelable\": 0} | isCancelable | expected true or false, got the number 0",
        // enums: their wire string only
        "{\"status\": 3} | status | expected a string, got the number 3",
        // date-times: an RFC 3339 string, not a number of seconds
        "{\"createdTime\": 1717758694} | createdTime |"
            + " expected an RFC 3339 date-time string, got the number 1717758694",
      })
  void aValueOfAnotherJsonTypeIsRefusedWithItsPath(String json, String path, String problem) {
    JacksonException e =
        assertThrows(JacksonException.class, () -> MAPPER.readValue(json, Task.class));

    assertEquals("Invalid JSON at `" + path + "`: " + problem, e.getOriginalMessage());
  }
}
