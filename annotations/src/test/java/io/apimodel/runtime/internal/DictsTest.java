package io.apimodel.runtime.internal;

import io.apimodel.runtime.ApiObject;
import io.apimodel.runtime.Violation;
import io.apimodel.runtime.pprint.PythonRepr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The non-generic helpers that generated {@code toDict()} methods call for common containers. */
class DictsTest {

  /** A model whose dict is {@code {"id": id}}, or {@code {"id": "***"}} when redacted. */
  private record Fake(String id) implements ApiObject {
    @Override
    public List<Violation> validate() {
      return List.of();
    }

    @Override
    public void collectViolations(String prefix, List<Violation> out) {}

    @Override
    public Map<String, Object> toDict() {
      return toDict(false);
    }

    @Override
    public Map<String, Object> toDict(boolean redacted) {
      Map<String, Object> dict = new LinkedHashMap<>();
      dict.put("id", redacted ? Dicts.REDACTED : id);
      return dict;
    }

    @Override
    public String toStr() {
      return PythonRepr.pformat(toDict(true));
    }

    @Override
    public Map<String, Object> unknownFields() {
      return Map.of();
    }

    @Override
    public void putUnknownField(String name, Object value) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void nullContainersStayNull() {
    assertNull(Dicts.copyList(null));
    assertNull(Dicts.copyMap(null));
    assertNull(Dicts.modelList(null, false));
    assertNull(Dicts.modelMap(null, true));
  }

  @Test
  void modelAndEnumNameAreNullSafe() {
    assertNull(Dicts.model(null, false));
    assertEquals(Map.of("id", "x"), Dicts.model(new Fake("x"), false));
    assertEquals(Map.of("id", "***"), Dicts.model(new Fake("x"), true));
    assertNull(Dicts.name(null));
    assertEquals("SECONDS", Dicts.name(java.util.concurrent.TimeUnit.SECONDS));
  }

  @Test
  void copyListIsANewMutableListWithTheSameItemsNullsIncluded() {
    List<String> source = List.of("a", "b");
    List<Object> copy = Dicts.copyList(Arrays.asList("a", null, "b"));
    assertEquals(Arrays.asList("a", null, "b"), copy);
    assertInstanceOf(ArrayList.class, copy);
    List<Object> other = Dicts.copyList(source);
    other.add("c");
    assertEquals(List.of("a", "b"), source);
  }

  @Test
  void copyMapKeepsOrderAndIsANewMutableMap() {
    Map<String, Integer> source = new LinkedHashMap<>();
    source.put("z", 1);
    source.put("a", null);
    source.put("m", 3);
    Map<String, Object> copy = Dicts.copyMap(source);
    assertInstanceOf(LinkedHashMap.class, copy);
    assertEquals(List.of("z", "a", "m"), new ArrayList<>(copy.keySet()));
    assertEquals(source, copy);
    copy.put("new", 4);
    assertEquals(3, source.size());
  }

  @Test
  void modelListConvertsEachModelAndKeepsNullItems() {
    List<Object> dicts = Dicts.modelList(Arrays.asList(new Fake("x"), null, new Fake("y")), false);
    assertEquals(Arrays.asList(Map.of("id", "x"), null, Map.of("id", "y")), dicts);
    assertInstanceOf(ArrayList.class, dicts);
    assertEquals(List.of(Map.of("id", "***")), Dicts.modelList(List.of(new Fake("x")), true));
  }

  @Test
  void modelMapConvertsEachModelInOrderAndKeepsNullValues() {
    Map<String, Fake> source = new LinkedHashMap<>();
    source.put("slot-b", new Fake("b"));
    source.put("slot-a", null);
    Map<String, Object> dicts = Dicts.modelMap(source, false);
    assertInstanceOf(LinkedHashMap.class, dicts);
    assertEquals(List.of("slot-b", "slot-a"), new ArrayList<>(dicts.keySet()));
    assertEquals(Map.of("id", "b"), dicts.get("slot-b"));
    assertNull(dicts.get("slot-a"));
    assertEquals(Map.of("id", "***"), Dicts.modelMap(source, true).get("slot-b"));
    Map<String, Object> first = Dicts.modelMap(source, false);
    assertNotSame(first.get("slot-b"), Dicts.modelMap(source, false).get("slot-b"));
  }
}
