package io.apimodel.sample.unions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.Violation;
import io.apimodel.runtime.pprint.PythonRepr;
import io.apimodel.sample.common.v1.config.MessageSeverity;
import io.apimodel.sample.prism.v4.config.GetTaskApiResponse;
import io.apimodel.sample.prism.v4.config.GetTaskApiResponseData;
import io.apimodel.sample.prism.v4.config.ListTasksApiResponse;
import io.apimodel.sample.prism.v4.config.ListTasksApiResponseData;
import io.apimodel.sample.prism.v4.config.Task;
import io.apimodel.sample.prism.v4.error.AppMessage;
import io.apimodel.sample.prism.v4.error.ErrorResponse;
import io.apimodel.sample.prism.v4.error.ErrorResponseError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SPEC §8 outside JSON, on the sample's envelopes: factories, accessors, equality, validation
 * through a union (paths without an extra segment), {@code toDict()} and {@code toString()}.
 */
class EnvelopeUnionsTest {

  private static final String TASK_ID = "ZXJnb24=:278bbfc2-280f-529b-882b-14ea649b9a95";

  /** A task with this extId, valid or not: an invalid one is put past the setter, as a bug or a reflective mapper could. */
  private static Task task(String extId) {
    Task task = new Task();
    task.setOperation("Register");
    try {
      java.lang.reflect.Field field = Task.class.getDeclaredField("extId");
      field.setAccessible(true);
      field.set(task, extId);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return task;
  }

  private static AppMessage message(String code) {
    return AppMessage.builder().code(code).message("Task not found").severity(MessageSeverity.ERROR).build();
  }

  private static List<String> paths(List<Violation> violations) {
    return violations.stream().map(Violation::path).toList();
  }

  @Test
  void aFactoryHoldsItsVariantAndTheOtherAccessorsAreNull() {
    Task task = task(TASK_ID);
    GetTaskApiResponseData data = GetTaskApiResponseData.ofTask(task);

    assertEquals(GetTaskApiResponseData.Kind.TASK, data.kind());
    assertSame(task, data.task());
    assertSame(task, data.value());
    assertNull(data.errorResponse());
  }

  @Test
  void factoriesRefuseNull() {
    assertThrows(NullPointerException.class, () -> GetTaskApiResponseData.ofTask(null));
    assertThrows(NullPointerException.class, () -> ErrorResponseError.ofAppMessages(null));
  }

  @Test
  void aListVariantIsAnUnmodifiableCopy() {
    List<AppMessage> messages = new ArrayList<>(List.of(message("A-1")));
    ErrorResponseError error = ErrorResponseError.ofAppMessages(messages);
    messages.add(message("A-2"));

    assertEquals(1, error.appMessages().size());
    assertThrows(UnsupportedOperationException.class, () -> error.appMessages().add(message("A-3")));
  }

  @Test
  void unionsAreEqualByKindAndValue() {
    GetTaskApiResponseData a = GetTaskApiResponseData.ofTask(task(TASK_ID));
    GetTaskApiResponseData b = GetTaskApiResponseData.ofTask(task(TASK_ID));
    GetTaskApiResponseData error = GetTaskApiResponseData.ofErrorResponse(
        ErrorResponse.builder().error(ErrorResponseError.ofAppMessages(List.of(message("A-1")))).build());

    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, error);
    assertNotEquals(a, GetTaskApiResponseData.ofTask(task("ZXJnb24=:00000000-0000-0000-0000-000000000001")));
    assertNotEquals(a, null);
  }

  @Test
  void violationsInsideAUnionHaveThePathOfTheProperty() {
    Task bad = task("not-a-task-id");
    GetTaskApiResponse response = new GetTaskApiResponse();
    response.setData(GetTaskApiResponseData.ofTask(bad));

    assertEquals(List.of("data.extId"), paths(response.validate()));
    ModelValidationException e = assertThrows(ModelValidationException.class,
        () -> response.toBuilder().build());
    assertTrue(e.getMessage().startsWith("Invalid value for `data.extId`, must match pattern"), e.getMessage());
  }

  @Test
  void violationsInsideAListVariantHaveTheItemIndex() {
    ListTasksApiResponse response = new ListTasksApiResponse();
    response.setData(ListTasksApiResponseData.ofTasks(Arrays.asList(task(TASK_ID), task("bad"), null)));

    assertEquals(List.of("data[1].extId", "data[2]"), paths(response.validate()));
  }

  @Test
  void nestedUnionsToo() {
    GetTaskApiResponse response = new GetTaskApiResponse();
    ErrorResponse error = new ErrorResponse();
    error.setError(ErrorResponseError.ofAppMessages(Arrays.asList(message("A-1"), null)));
    response.setData(GetTaskApiResponseData.ofErrorResponse(error));

    assertEquals(List.of("data.error[1]"), paths(response.validate()));
    assertEquals("Invalid value for `data.error[1]`, must not be null", response.validate().get(0).message());
  }

  @Test
  void toDictHasTheVariantsOwnDictValue() {
    GetTaskApiResponse response = GetTaskApiResponse.builder()
        .data(GetTaskApiResponseData.ofErrorResponse(
            ErrorResponse.builder().error(ErrorResponseError.ofAppMessages(List.of(message("A-1")))).build()))
        .build();

    Map<String, Object> dict = response.toDict();

    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) dict.get("data");
    assertEquals("prism.v4.error.ErrorResponse", data.get("_object_type"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> error = (List<Map<String, Object>>) data.get("error");
    assertEquals("A-1", error.get(0).get("code"));
    assertEquals(LinkedHashMap.class, error.get(0).getClass());
    error.get(0).put("code", "changed"); // a new, mutable dict: the model is untouched
    assertEquals("A-1", response.data().errorResponse().error().appMessages().get(0).code());
  }

  @Test
  void toStringOfAUnionIsThePprintOfItsValue() {
    AppMessage message = message("A-1");
    ErrorResponseError error = ErrorResponseError.ofAppMessages(List.of(message));
    GetTaskApiResponseData data = GetTaskApiResponseData.ofTask(task(TASK_ID));

    assertEquals(PythonRepr.pformat(List.of(message.toDict(true))), error.toString());
    assertEquals(data.task().toStr(), data.toString());
  }
}
