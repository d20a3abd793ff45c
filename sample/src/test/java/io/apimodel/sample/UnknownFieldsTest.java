package io.apimodel.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimodel.sample.common.v1.config.KVPair;
import io.apimodel.sample.prism.v4.config.Task;
import io.apimodel.sample.prism.v4.config.TaskStep;
import io.apimodel.sample.prism.v4.error.AppMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SPEC §3 {@code unknownFields()} / {@code putUnknownField}, on objects and builders. */
class UnknownFieldsTest {

  @Test
  void unknownFieldsAreEmptyByDefault() {
    assertEquals(Map.of(), new Task().unknownFields());
    assertEquals(Map.of(), Task.builder().build().unknownFields());
    assertEquals(Map.of(), new KVPair().unknownFields());
  }

  @Test
  void unknownFieldsAreUnmodifiable() {
    Task empty = new Task();
    Task withOne = new Task();
    withOne.putUnknownField("a", 1);

    assertThrows(UnsupportedOperationException.class, () -> empty.unknownFields().put("x", 1));
    assertThrows(UnsupportedOperationException.class, () -> withOne.unknownFields().put("x", 1));
    assertThrows(UnsupportedOperationException.class, () -> withOne.unknownFields().remove("a"));
    assertEquals(Map.of("a", 1), withOne.unknownFields());
  }

  @Test
  void putUnknownFieldAddsInInsertionOrder() {
    Task task = new Task();

    task.putUnknownField("zeta", 1);
    task.putUnknownField("alpha", "two");
    task.putUnknownField("mid", true);

    assertEquals(List.of("zeta", "alpha", "mid"), new ArrayList<>(task.unknownFields().keySet()));
    assertEquals(Map.of("zeta", 1, "alpha", "two", "mid", true), task.unknownFields());
  }

  @Test
  void putUnknownFieldReplacesAnExistingValue() {
    Task task = new Task();
    task.putUnknownField("a", 1);

    task.putUnknownField("a", 2);

    assertEquals(Map.of("a", 2), task.unknownFields());
  }

  @Test
  void putUnknownFieldKeepsNullValues() {
    Task task = new Task();

    task.putUnknownField("gone", null);

    assertTrue(task.unknownFields().containsKey("gone"));
    assertNull(task.unknownFields().get("gone"));
  }

  @Test
  void putUnknownFieldCopiesListsAndMapsDeeply() {
    List<Object> list = new ArrayList<>(List.of("a"));
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("nested", list);
    Task task = new Task();

    task.putUnknownField("list", list);
    task.putUnknownField("map", map);
    list.add("b");
    map.put("later", 1);

    assertEquals(List.of("a"), task.unknownFields().get("list"));
    assertEquals(Map.of("nested", List.of("a")), task.unknownFields().get("map"));
  }

  @Test
  void listsAndMapsInUnknownFieldsAreUnmodifiable() {
    Task task = new Task();
    task.putUnknownField("list", new ArrayList<>(List.of("a")));
    task.putUnknownField("map", new LinkedHashMap<>(Map.of("k", "v")));

    @SuppressWarnings("unchecked")
    List<Object> list = (List<Object>) task.unknownFields().get("list");
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) task.unknownFields().get("map");

    assertThrows(UnsupportedOperationException.class, () -> list.add("b"));
    assertThrows(UnsupportedOperationException.class, () -> map.put("k2", "v2"));
  }

  @Test
  void putUnknownFieldRejectsADeclaredJsonName() {
    Task task = new Task();

    assertThrows(IllegalArgumentException.class, () -> task.putUnknownField("extId", "x"));
    assertThrows(IllegalArgumentException.class, () -> task.putUnknownField("$objectType", "x"));
    assertThrows(IllegalArgumentException.class, () -> task.putUnknownField("$reserved", Map.of()));
    assertThrows(
        IllegalArgumentException.class, () -> task.putUnknownField("numberOfEntitiesAffected", 1));
    assertEquals(Map.of(), task.unknownFields());
  }

  @Test
  void putUnknownFieldRejectsDeclaredJsonNamesOfOtherModels() {
    assertThrows(IllegalArgumentException.class, () -> new KVPair().putUnknownField("value", 1));
    assertThrows(IllegalArgumentException.class, () -> new TaskStep().putUnknownField("name", "n"));
    assertThrows(
        IllegalArgumentException.class, () -> new AppMessage().putUnknownField("locale", "x"));
  }

  @Test
  void builderPutUnknownFieldAddsToTheBuiltObject() {
    Task task =
        Task.builder()
            .extId(Samples.TASK_EXT_ID)
            .putUnknownField("b", 2)
            .putUnknownField("a", List.of(1))
            .build();

    assertEquals(Map.of("b", 2, "a", List.of(1)), task.unknownFields());
    assertEquals(List.of("b", "a"), new ArrayList<>(task.unknownFields().keySet()));
  }

  @Test
  void builderPutUnknownFieldRejectsADeclaredJsonName() {
    Task.Builder builder = Task.builder();

    assertThrows(IllegalArgumentException.class, () -> builder.putUnknownField("extId", "x"));
    assertThrows(
        IllegalArgumentException.class, () -> builder.putUnknownField("$objectType", "x"));
    assertEquals(Map.of(), builder.build().unknownFields());
  }

  @Test
  void builderCopiesListValuesOfUnknownFields() {
    List<Object> list = new ArrayList<>(List.of(1));
    Task.Builder builder = Task.builder().putUnknownField("list", list);

    list.add(2);

    assertEquals(List.of(1), builder.build().unknownFields().get("list"));
  }

  @Test
  void unknownFieldsSurviveToBuilderAndBuild() {
    Task original = new Task();
    original.putUnknownField("first", "1");
    original.putUnknownField("second", Map.of("x", 1));

    Task copy = original.toBuilder().putUnknownField("third", 3).build();

    assertEquals(
        List.of("first", "second", "third"), new ArrayList<>(copy.unknownFields().keySet()));
    assertEquals(Map.of("first", "1", "second", Map.of("x", 1)), original.unknownFields());
  }

  @Test
  void unknownFieldsOfTheBuiltObjectAreIndependentOfLaterPutsOnTheOriginal() {
    Task original = new Task();
    original.putUnknownField("first", 1);
    Task copy = original.toBuilder().build();

    original.putUnknownField("second", 2);

    assertEquals(Map.of("first", 1), copy.unknownFields());
  }

  @Test
  void unknownFieldsDoNotAffectValidation() {
    Task task = new Task();

    task.putUnknownField("progressPercentage2", 500);

    assertEquals(List.of(), task.validate());
  }
}
