package io.apimodel.sample.json;

import static io.apimodel.sample.json.Json.read;
import static io.apimodel.sample.json.Json.resource;
import static io.apimodel.sample.json.Json.tree;
import static io.apimodel.sample.json.Json.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.apimodel.runtime.ApiObject;
import io.apimodel.sample.common.v1.config.KVPair;
import io.apimodel.sample.prism.v4.config.GetTaskApiResponse;
import io.apimodel.sample.prism.v4.config.GetTaskApiResponseData;
import io.apimodel.sample.prism.v4.config.ListTasksApiResponse;
import io.apimodel.sample.prism.v4.config.ListTasksApiResponseData;
import io.apimodel.sample.prism.v4.config.Task;
import io.apimodel.sample.prism.v4.config.TaskStatus;
import io.apimodel.sample.prism.v4.error.ErrorResponseError;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SPEC §7 and §8: the response envelopes the Prism tasks API returns read, dispatch their unions
 * on {@code $objectType}, and write back without loss; {@code toStr()} prints what Python's
 * {@code pprint} prints for the same dict (expected strings from
 * {@code sample/src/test/python/make_envelope_tostr.py}).
 */
class EnvelopeJsonTest {

  private static final String ENVELOPES = "fixtures/envelopes/";

  /** Members a read may add: the {@code @Default} properties of the envelope family. */
  private static final Set<String> DEFAULTS = Set.of("$objectType", "$reserved", "locale", "value");

  private static Class<? extends ApiObject> typeOf(String fixture) {
    return fixture.startsWith("list-") ? ListTasksApiResponse.class : GetTaskApiResponse.class;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "get-task-response.json, TASK",
    "get-task-error-app-messages.json, ERROR_RESPONSE",
    "get-task-schema-validation-error.json, ERROR_RESPONSE",
    "get-task-newer-version.json, UNKNOWN",
    "list-tasks-response.json, TASKS"
  })
  void readThenWriteLosesNothing(String fixture, String kind) {
    String input = resource(ENVELOPES + fixture);
    ApiObject envelope = read(input, typeOf(fixture));
    Object data = envelope instanceof GetTaskApiResponse get ? get.data() : ((ListTasksApiResponse) envelope).data();
    assertEquals(kind, ((io.apimodel.runtime.ApiUnion) data).kind().name());

    String output = write(envelope);

    boolean unknownData = kind.equals("UNKNOWN");
    List<String> lost = JsonTrees.differences(tree(input), tree(output),
        (objectPath, name) -> DEFAULTS.contains(name) && !(unknownData && objectPath.startsWith("data")));
    assertEquals(List.of(), lost, () -> "round trip of " + fixture + " wrote:\n" + output);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "get-task-response.json",
    "get-task-error-app-messages.json",
    "get-task-schema-validation-error.json",
    "get-task-newer-version.json",
    "list-tasks-response.json"
  })
  void aSecondRoundTripChangesNothing(String fixture) {
    ApiObject first = read(resource(ENVELOPES + fixture), typeOf(fixture));
    String once = write(first);

    ApiObject second = read(once, typeOf(fixture));

    assertEquals(first, second);
    assertEquals(first.hashCode(), second.hashCode());
    assertEquals(once, write(second));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "get-task-response.json",
    "get-task-error-app-messages.json",
    "get-task-schema-validation-error.json",
    "get-task-newer-version.json",
    "list-tasks-response.json"
  })
  void toStrIsWhatPythonPrints(String fixture) {
    ApiObject envelope = read(resource(ENVELOPES + fixture), typeOf(fixture));
    String expected = resource("tostr-envelopes/envelope_" + fixture.replace(".json", "").replace('-', '_') + ".txt");

    assertEquals(expected, envelope.toStr());
    assertEquals(expected, envelope.toString());
  }

  @Test
  void theRealEnvelopeHoldsTheTaskItWrapsAsATypedTask() {
    GetTaskApiResponse response = read(resource(ENVELOPES + "get-task-response.json"), GetTaskApiResponse.class);

    Task task = response.data().task();
    assertEquals(GetTaskApiResponseData.Kind.TASK, response.data().kind());
    assertEquals("ZXJnb24=:278bbfc2-280f-529b-882b-14ea649b9a95", task.extId());
    assertEquals(TaskStatus.SUCCEEDED, task.status());
    assertEquals("prism.v4.config.Task", task.objectType());
    assertNull(response.data().errorResponse());
    assertEquals(List.of(), response.validate());
    assertEquals(read(resource("fixtures/nutanix/get-task-response.json"), GetTaskApiResponse.class), response);
    KVPair first = response.metadata().extraInfo().get(0);
    assertEquals("numSubTasks", first.name());
  }

  @Test
  void theBareTaskInsideTheEnvelopeEqualsTheTaskReadAlone() {
    String input = resource(ENVELOPES + "get-task-response.json");
    JsonNode data = tree(input).get("data");

    Task alone = read(data.toString(), Task.class);

    assertEquals(alone, read(input, GetTaskApiResponse.class).data().task());
  }

  @Test
  void anErrorEnvelopeHoldsItsAppMessagesAsAList() {
    GetTaskApiResponse response =
        read(resource(ENVELOPES + "get-task-error-app-messages.json"), GetTaskApiResponse.class);

    ErrorResponseError error = response.data().errorResponse().error();
    assertEquals(ErrorResponseError.Kind.APP_MESSAGES, error.kind());
    assertEquals(2, error.appMessages().size());
    assertNull(error.schemaValidationError());
    assertNull(response.data().task());
  }

  @Test
  void aSchemaValidationErrorIsItsOwnVariant() {
    GetTaskApiResponse response =
        read(resource(ENVELOPES + "get-task-schema-validation-error.json"), GetTaskApiResponse.class);

    ErrorResponseError error = response.data().errorResponse().error();
    assertEquals(ErrorResponseError.Kind.SCHEMA_VALIDATION_ERROR, error.kind());
    assertEquals(400, error.schemaValidationError().statusCode());
    assertEquals(2, error.schemaValidationError().validationErrorMessages().size());
  }

  @Test
  void listItemsAfterTheFirstNeedNoObjectType() {
    ListTasksApiResponse response = read(resource(ENVELOPES + "list-tasks-response.json"), ListTasksApiResponse.class);

    ListTasksApiResponseData data = response.data();
    assertEquals(ListTasksApiResponseData.Kind.TASKS, data.kind());
    assertEquals(3, data.tasks().size());
    for (Task task : data.tasks()) {
      assertEquals("prism.v4.config.Task", task.objectType());
    }
  }

  @Test
  void aDataOfANewerApiVersionIsKeptAsReadAndWrittenBackUnchanged() {
    String input = resource(ENVELOPES + "get-task-newer-version.json");
    GetTaskApiResponse response = read(input, GetTaskApiResponse.class);

    GetTaskApiResponseData data = response.data();
    assertEquals(GetTaskApiResponseData.Kind.UNKNOWN, data.kind());
    Map<?, ?> value = assertInstanceOf(Map.class, data.value());
    assertEquals("prism.v4.config.TaskV2", value.get("$objectType"));
    assertNull(data.task());
    assertNull(data.errorResponse());
    JsonNode written = tree(write(response)).get("data");
    assertEquals(tree(input).get("data"), written);
    assertEquals(Json.names(tree(input).get("data")), Json.names(written));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    // $objectType last: the object is read from a copy of its tokens; the path is still the document's
    "{\"data\": {\"progressPercentage\": \"ten\", \"$objectType\": \"prism.v4.config.Task\"}} | data.progressPercentage",
    // $objectType first: read straight on
    "{\"data\": {\"$objectType\": \"prism.v4.config.Task\", \"progressPercentage\": \"ten\"}} | data.progressPercentage",
    "{\"data\": {\"error\": [{\"code\": 5}], \"$objectType\": \"prism.v4.error.ErrorResponse\"}} | data.error[0].code",
    "{\"data\": {\"error\": {\"statusCode\": \"400\", \"$objectType\": \"prism.v4.error.SchemaValidationError\"},"
        + " \"$objectType\": \"prism.v4.error.ErrorResponse\"}} | data.error.statusCode"
  })
  void aWrongTypeInsideAUnionNamesItsPath(String json, String path) {
    com.fasterxml.jackson.core.JacksonException e = org.junit.jupiter.api.Assertions.assertThrows(
        com.fasterxml.jackson.core.JacksonException.class, () -> Json.MAPPER.readValue(json, GetTaskApiResponse.class));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("`" + path + "`"), e::getMessage);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "{\"data\": [{\"progressPercentage\": 101, \"$objectType\": \"prism.v4.config.Task\"}]} | data[0].progressPercentage",
    "{\"data\": [{\"$objectType\": \"prism.v4.config.Task\"}, {\"progressPercentage\": 101}]} | data[1].progressPercentage",
    "{\"data\": [{\"progressPercentage\": \"x\", \"$objectType\": \"prism.v4.config.Task\"}]} | data[0].progressPercentage",
    "{\"data\": [{\"$objectType\": \"prism.v4.config.Task\"}, {\"progressPercentage\": \"x\"}]} | data[1].progressPercentage"
  })
  void failuresInsideAListVariantNameTheItem(String json, String path) {
    com.fasterxml.jackson.core.JacksonException e = org.junit.jupiter.api.Assertions.assertThrows(
        com.fasterxml.jackson.core.JacksonException.class, () -> Json.MAPPER.readValue(json, ListTasksApiResponse.class));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("`" + path + "`"), e::getMessage);
  }
}
