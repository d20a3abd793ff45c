package io.apimodel.sample.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.apimodel.sample.common.v1.config.MessageSeverity;
import io.apimodel.sample.prism.v4.config.TaskStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SPEC §5: an unknown enum wire string inside a list or map reads as the fallback constant and
 * keeps its raw string, like an enum property: written back, shown by toDict(), until the property
 * is set or changed again.
 */
class UnknownEnumsInContainersTest {

  private static final String JSON = "{\"history\":[\"QUEUED\",\"PAUSED_FOR_APPROVAL\",\"RUNNING\"],"
      + "\"severities\":{\"a\":\"INFO\",\"b\":\"FATAL\"},\"batches\":[[\"SUCCEEDED\"],[\"ARCHIVED\",\"FAILED\"]]}";

  @Test
  void unknownStringsInListsAndMapsSurviveARoundTrip() {
    Statuses s = Json.read(JSON, Statuses.class);
    assertEquals(List.of(TaskStatus.QUEUED, TaskStatus.$UNKNOWN, TaskStatus.RUNNING), s.history());
    assertEquals(MessageSeverity.$UNKNOWN, s.severities().get("b"));
    assertEquals(TaskStatus.$UNKNOWN, s.batches().get(1).get(0));
    assertEquals(JSON, Json.write(s));
    assertEquals(s, Json.read(Json.write(s), Statuses.class));
  }

  @Test
  void toDictShowsTheRawStrings() {
    Statuses s = Json.read(JSON, Statuses.class);
    Map<String, Object> dict = s.toDict();
    assertEquals(List.of("QUEUED", "PAUSED_FOR_APPROVAL", "RUNNING"), dict.get("history"));
    assertEquals(Map.of("a", "INFO", "b", "FATAL"), dict.get("severities"));
    assertEquals(List.of(List.of("SUCCEEDED"), List.of("ARCHIVED", "FAILED")), dict.get("batches"));
  }

  @Test
  void settingOrChangingTheValueForgetsThem() {
    Statuses s = Json.read(JSON, Statuses.class);
    s.setHistory(s.history());
    assertEquals(List.of("QUEUED", "$UNKNOWN", "RUNNING"), s.toDict().get("history"));
    Statuses built = Json.read(JSON, Statuses.class).toBuilder().putSeverities("c", MessageSeverity.ERROR).build();
    assertEquals(Map.of("a", "INFO", "b", "$UNKNOWN", "c", "ERROR"), built.toDict().get("severities"));
    assertEquals(List.of(List.of("SUCCEEDED"), List.of("ARCHIVED", "FAILED")),
        built.toDict().get("batches"), "the other properties keep theirs");
  }
}
