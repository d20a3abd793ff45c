package io.apimodel.runtime.pprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Compares {@link PythonRepr#pformat} with CPython 3.11's {@code pprint.pformat}, whose outputs
 * {@code src/test/python/make_pprint_cases.py} wrote to {@code pprint/cases.json}.
 */
class PythonReprTest {

  enum Color {
    RED,
    DARK_BLUE,
    RUNNING
  }

  @TestFactory
  Stream<DynamicTest> matchesPython() throws IOException {
    return cases().stream().map(c -> DynamicTest.dynamicTest((String) c.get("name"), () ->
        assertEquals(c.get("expected"), PythonRepr.pformat(build(c.get("value"))))));
  }

  @Test
  void resourceHasEnoughCases() throws IOException {
    List<Map<String, Object>> cases = cases();
    assertTrue(cases.size() >= 40, "only " + cases.size() + " cases");
    Set<Object> names = new HashSet<>();
    for (Map<String, Object> c : cases) {
      assertTrue(names.add(c.get("name")), "duplicate case " + c.get("name"));
      assertNotNull(c.get("expected"));
    }
  }

  @Test
  void floatsDifferFromJava() {
    assertEquals("1e+23", PythonRepr.pformat(1e23));
    assertEquals("[2e-05, 1.0, 1234.5]", PythonRepr.pformat(List.of(2e-5, 1.0, 1234.5f)));
  }

  @Test
  void keysSortByCodePoint() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("\uD83D\uDE00", 1);
    map.put("\uFFFF", 2);
    assertEquals("{'\\uffff': 2, '\uD83D\uDE00': 1}", PythonRepr.pformat(map));
  }

  @Test
  void otherObjectsPrintTheirToString() {
    assertEquals("['RED', '2024-06-07T11:11', 'x']", PythonRepr.pformat(
        List.of(Color.RED, java.time.LocalDateTime.of(2024, 6, 7, 11, 11), 'x')));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> cases() throws IOException {
    try (InputStream in = PythonReprTest.class.getResourceAsStream("/pprint/cases.json")) {
      assertNotNull(in, "pprint/cases.json is missing");
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return (List<Map<String, Object>>) MiniJson.parse(json);
    }
  }

  /** The Java value a case describes (see make_pprint_cases.py for the encoding). */
  @SuppressWarnings("unchecked")
  private static Object build(Object description) {
    if (!(description instanceof Map)) {
      return description; // null, Boolean, String
    }
    Map<String, Object> d = (Map<String, Object>) description;
    String type = (String) d.get("t");
    Object v = d.get("v");
    switch (type) {
      case "int":
        return integer((String) v, (String) d.get("j"));
      case "float":
        return parseDouble((String) v);
      case "float32": {
        float f = Float.parseFloat((String) v);
        assertEquals(parseDouble((String) v), (double) f, "not a float32: " + v);
        return f;
      }
      case "decimal":
        return new BigDecimal((String) v);
      case "uuid":
        return UUID.fromString((String) v);
      case "date":
        return LocalDate.parse((String) v);
      case "datetime":
        return OffsetDateTime.parse((String) v);
      case "enum":
        return Color.valueOf((String) v);
      case "object":
        return new Object() {
          @Override
          public String toString() {
            return (String) v;
          }
        };
      case "list": {
        List<Object> list = new ArrayList<>();
        for (Object item : (List<Object>) v) {
          list.add(build(item));
        }
        return list;
      }
      case "dict": {
        Map<Object, Object> map = new LinkedHashMap<>();
        for (Object pair : (List<Object>) v) {
          List<Object> kv = (List<Object>) pair;
          map.put(build(kv.get(0)), build(kv.get(1)));
        }
        return map;
      }
      default:
        throw new IllegalArgumentException("unknown type " + type);
    }
  }

  private static Object integer(String text, String javaType) {
    BigInteger big = new BigInteger(text);
    if (javaType == null || javaType.equals("int")) {
      if (big.bitLength() < 32) {
        return big.intValueExact();
      }
      return big.bitLength() < 64 ? (Object) big.longValueExact() : big;
    }
    switch (javaType) {
      case "long":
        return big.longValueExact();
      case "short":
        return big.shortValueExact();
      case "byte":
        return big.byteValueExact();
      case "big":
        return big;
      default:
        throw new IllegalArgumentException("unknown int type " + javaType);
    }
  }

  private static double parseDouble(String text) {
    switch (text) {
      case "nan":
        return Double.NaN;
      case "inf":
        return Double.POSITIVE_INFINITY;
      case "-inf":
        return Double.NEGATIVE_INFINITY;
      default:
        return Double.parseDouble(text);
    }
  }

  /**
   * A list or map inside itself prints as pprint's recursion marker (CPython: {@code d = {'a': 1};
   * d['self'] = d}; {@code l = [1]; l.append(l)}), with the identity hash code as the id; the same
   * list twice side by side is not a recursion.
   */
  @Test
  void recursiveValuesPrintAsPprintsRecursionMarker() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("a", 1);
    d.put("self", d);
    assertEquals("{'a': 1, 'self': <Recursion on dict with id=" + System.identityHashCode(d) + ">}", PythonRepr.pformat(d));

    List<Object> l = new ArrayList<>();
    l.add(1);
    l.add(l);
    assertEquals("{'k': [1, <Recursion on list with id=" + System.identityHashCode(l) + ">]}", PythonRepr.pformat(Map.of("k", l)));

    List<Object> x = List.of(1);
    Map<String, Object> twice = new LinkedHashMap<>();
    twice.put("a", x);
    twice.put("b", x);
    assertEquals("{'a': [1], 'b': [1]}", PythonRepr.pformat(twice));
  }
}
