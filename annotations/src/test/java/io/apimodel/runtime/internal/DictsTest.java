package io.apimodel.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.apimodel.runtime.ApiObject;
import io.apimodel.runtime.Violation;
import io.apimodel.runtime.pprint.PythonRepr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The dict form of untyped ({@code Object}) values. */
class DictsTest {

  /** A model whose dict is {@code {"id": id}}, or {@code {"id": "***"}} when redacted. */
  private record Fake(String id) implements ApiObject {
    @Override
    public List<Violation> validate() {
      return List.of();
    }

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
  void scalarsAndNullStayAsTheyAre() {
    assertNull(Dicts.plain(null, false));
    assertEquals("x", Dicts.plain("x", false));
    assertEquals(1.5, Dicts.plain(1.5, true));
  }

  @Test
  void enumsBecomeTheirNamesAndModelsTheirDicts() {
    assertEquals("SECONDS", Dicts.plain(TimeUnit.SECONDS, false));
    assertEquals(Map.of("id", "x"), Dicts.plain(new Fake("x"), false));
    assertEquals(Map.of("id", "***"), Dicts.plain(new Fake("x"), true));
  }

  @Test
  void listsAndMapsAreNewMutableCopiesAllTheWayDown() {
    List<Object> inner = List.of("a");
    Object copy = Dicts.plain(Arrays.asList(inner, null, new Fake("y")), false);
    assertInstanceOf(ArrayList.class, copy);
    assertEquals(Arrays.asList(List.of("a"), null, Map.of("id", "y")), copy);
    assertInstanceOf(ArrayList.class, ((List<?>) copy).get(0));

    Map<String, Object> source = new LinkedHashMap<>();
    source.put("z", Map.of("k", 1));
    source.put("a", null);
    Object map = Dicts.plain(source, false);
    assertInstanceOf(LinkedHashMap.class, map);
    assertEquals(List.of("z", "a"), new ArrayList<>(((Map<?, ?>) map).keySet()));
    assertInstanceOf(LinkedHashMap.class, ((Map<?, ?>) map).get("z"));
  }
}
