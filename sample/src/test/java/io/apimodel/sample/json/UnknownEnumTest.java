package io.apimodel.sample.json;

import static io.apimodel.sample.json.Json.readTask;
import static io.apimodel.sample.json.Json.writtenTree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimodel.sample.common.v1.config.MessageSeverity;
import io.apimodel.sample.prism.v4.config.Task;
import io.apimodel.sample.prism.v4.config.TaskStatus;
import io.apimodel.sample.prism.v4.error.AppMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 4, point 3 / SPEC §5: an enum wire string this SDK does not know becomes the
 * {@code @JsonEnumDefaultValue} constant ({@code $UNKNOWN}); the raw string is kept, written back
 * and shown by {@code toDict()} until the property is set again.
 */
class UnknownEnumTest {

  private static final String PAUSED = "{\"status\": \"PAUSED_FOR_APPROVAL\"}";

  @Test
  void anUnknownStatusReadsAsTheDefaultConstant() {
    Task task = readTask(PAUSED);

    assertSame(TaskStatus.$UNKNOWN, task.status());
  }

  @Test
  void anUnknownStatusIsNotAViolation() {
    Task task = readTask(PAUSED);

    assertEquals(List.of(), task.validate());
  }

  @Test
  void theRawStringIsWrittenBack() {
    Task task = readTask(PAUSED);

    assertEquals("PAUSED_FOR_APPROVAL", writtenTree(task).get("status").asText());
  }

  @Test
  void theRawStringIsShownByToDictAndToString() {
    Task task = readTask(PAUSED);

    assertEquals("PAUSED_FOR_APPROVAL", task.toDict().get("status"));
    assertTrue(task.toStr().contains("'status': 'PAUSED_FOR_APPROVAL'"), task::toStr);
    assertTrue(task.toString().contains("'status': 'PAUSED_FOR_APPROVAL'"), task::toString);
  }

  @Test
  void theSetterDropsTheRawString() {
    Task task = readTask(PAUSED);

    task.setStatus(TaskStatus.RUNNING);

    assertEquals("RUNNING", task.toDict().get("status"));
    assertEquals("RUNNING", writtenTree(task).get("status").asText());
  }

  @Test
  void settingTheUnknownConstantExplicitlyAlsoDropsTheRawString() {
    Task task = readTask(PAUSED);

    task.setStatus(TaskStatus.$UNKNOWN);

    assertEquals("$UNKNOWN", task.toDict().get("status"));
    assertEquals("$UNKNOWN", writtenTree(task).get("status").asText());
  }

  @Test
  void settingNullDropsTheRawStringAndTheMember() {
    Task task = readTask(PAUSED);

    task.setStatus(null);

    assertEquals(null, task.toDict().get("status"));
    assertTrue(task.toDict().containsKey("status"));
    assertEquals(false, writtenTree(task).has("status"));
  }

  @Test
  void theBuilderDropsTheRawStringWhenTheStatusIsSet() {
    Task task = readTask(PAUSED);

    Task done = task.toBuilder().status(TaskStatus.SUCCEEDED).build();

    assertEquals("SUCCEEDED", done.toDict().get("status"));
    assertEquals("SUCCEEDED", writtenTree(done).get("status").asText());
    assertEquals("PAUSED_FOR_APPROVAL", task.toDict().get("status"));
  }

  @Test
  void toBuilderKeepsTheRawStringWhenTheStatusIsNotSet() {
    Task task = readTask(PAUSED);

    Task copy = task.toBuilder().progressPercentage(10).build();

    assertSame(TaskStatus.$UNKNOWN, copy.status());
    assertEquals("PAUSED_FOR_APPROVAL", copy.toDict().get("status"));
    assertEquals("PAUSED_FOR_APPROVAL", writtenTree(copy).get("status").asText());
  }

  @Test
  void changingAnotherPropertyKeepsTheRawString() {
    Task task = readTask(PAUSED);

    task.setProgressPercentage(50);

    assertEquals("PAUSED_FOR_APPROVAL", writtenTree(task).get("status").asText());
  }

  @Test
  void tasksWithDifferentRawStringsAreNotEqual() {
    Task paused = readTask(PAUSED);
    Task other = readTask("{\"status\": \"WAITING\"}");
    Task pausedAgain = readTask(PAUSED);

    assertNotEquals(paused, other);
    assertEquals(paused, pausedAgain);
    assertEquals(paused.hashCode(), pausedAgain.hashCode());
  }

  @Test
  void wireStringsAreCaseSensitive() {
    Task task = readTask("{\"status\": \"succeeded\"}");

    assertSame(TaskStatus.$UNKNOWN, task.status());
    assertEquals("succeeded", writtenTree(task).get("status").asText());
  }

  @ParameterizedTest
  @EnumSource(TaskStatus.class)
  void everyKnownWireStringReadsAsItsConstantAndIsWrittenBack(TaskStatus status) {
    Task task = readTask("{\"status\": \"" + status.name() + "\"}");

    assertSame(status, task.status());
    assertEquals(status.name(), task.toDict().get("status"));
    assertEquals(status.name(), writtenTree(task).get("status").asText());
  }

  @Test
  void anUnknownSeverityInANestedMessageIsKeptToo() {
    Task task =
        readTask(
            "{\"errorMessages\": [{\"severity\": \"CRITICAL\", \"code\": \"X-1\"},"
                + " {\"severity\": \"ERROR\"}]}");

    AppMessage first = task.errorMessages().get(0);
    assertSame(MessageSeverity.$UNKNOWN, first.severity());
    assertSame(MessageSeverity.ERROR, task.errorMessages().get(1).severity());
    assertEquals("CRITICAL", first.toDict().get("severity"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> dicts =
        (List<Map<String, Object>>) task.toDict().get("error_messages");
    assertEquals("CRITICAL", dicts.get(0).get("severity"));
    assertEquals(
        "CRITICAL", writtenTree(task).get("errorMessages").get(0).get("severity").asText());
  }

  @Test
  void anUnknownSeverityReadDirectlyIsKept() {
    AppMessage message = Json.read("{\"severity\": \"FATAL\"}", AppMessage.class);

    assertSame(MessageSeverity.$UNKNOWN, message.severity());
    assertEquals("FATAL", writtenTree(message).get("severity").asText());

    message.setSeverity(MessageSeverity.INFO);
    assertEquals("INFO", writtenTree(message).get("severity").asText());
  }
}
