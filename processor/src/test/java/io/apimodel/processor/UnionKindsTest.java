package io.apimodel.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.apimodel.processor.Models.build;
import static io.apimodel.processor.Models.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import io.apimodel.runtime.ApiUnion;
import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC §8: the union of every variant shape (golden/Payload.java) and a model that holds it as a
 * property, as list items and as map values, compiled and called: factories, kind/value/accessors,
 * equals/hashCode, toString, validation paths through the union, JSON.
 */
class UnionKindsTest {

  private static final String[] SOURCES = {
    "good/unions/PayloadModel.java", "good/unions/ItemModel.java", "good/unions/HolderModel.java"
  };

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Compiled once per mapping: with jackson-databind (the codec) and with jackson-annotations only. */
  private static final Map<Boolean, ClassLoader> LOADERS = new HashMap<>();

  @TempDir static Path temp;

  private Class<?> payload;
  private Class<?> item;
  private Class<?> holder;

  @BeforeEach
  void loadTheCodecClasses() {
    load(true);
  }

  private void load(boolean databind) {
    ClassLoader loader = LOADERS.computeIfAbsent(databind, codec -> {
      Compilation compilation = codec ? Models.compileWithDatabind(SOURCES) : Models.compile(SOURCES);
      assertThat(compilation).succeededWithoutWarnings();
      try {
        return Models.load(compilation, Files.createDirectories(temp.resolve(codec ? "codec" : "annotations")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    payload = Models.loadClass(loader, "unions.Payload");
    item = Models.loadClass(loader, "unions.Item");
    holder = Models.loadClass(loader, "unions.Holder");
  }

  private Object item(String name) {
    return build(item, "name", name);
  }

  /** An Item without its required name: {@code new Item()} (only {@code build()} checks). */
  private Object namelessItem() throws Exception {
    return item.getConstructor().newInstance();
  }

  private Object of(String variant, Object value) {
    return call(payload, "of" + Character.toUpperCase(variant.charAt(0)) + variant.substring(1), value);
  }

  private static String kind(Object union) {
    return ((ApiUnion) union).kind().name();
  }

  // ---- Factories, kind, value, accessors --------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"item", "items", "text", "flag", "count", "total", "amount", "tags", "labels"})
  void factoryRejectsNull(String variant) {
    assertThrows(NullPointerException.class, () -> of(variant, null));
  }

  @Test
  void eachVariantHasItsKindValueAndAccessor() {
    Object one = item("one");
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("item", one);
    values.put("items", List.of(one));
    values.put("text", "hello");
    values.put("flag", true);
    values.put("count", 7);
    values.put("total", 1L << 40);
    values.put("amount", new BigDecimal("0.10"));
    values.put("tags", List.of("a", "b"));
    values.put("labels", Map.of("k", "v"));
    List<String> kinds = new ArrayList<>();
    for (Object constant : Models.loadClass(payload.getClassLoader(), "unions.Payload$Kind").getEnumConstants()) {
      kinds.add(((Enum<?>) constant).name());
    }
    assertEquals(List.of("ITEM", "ITEMS", "TEXT", "FLAG", "COUNT", "TOTAL", "AMOUNT", "TAGS", "LABELS", "UNKNOWN"),
        kinds);
    for (Map.Entry<String, Object> held : values.entrySet()) {
      Object union = of(held.getKey(), held.getValue());
      assertEquals(held.getKey().toUpperCase(java.util.Locale.ROOT), kind(union));
      assertEquals(held.getValue(), call(union, "value"));
      assertSame(payload, union.getClass());
      for (String accessor : values.keySet()) {
        Object got = call(union, accessor);
        if (accessor.equals(held.getKey())) {
          assertEquals(held.getValue(), got, accessor);
        } else {
          assertNull(got, held.getKey() + " holds no " + accessor);
        }
      }
    }
  }

  /** A list or map is copied: later changes to the argument do not show, and the held copy cannot be changed. */
  @Test
  void containersAreHeldAsUnmodifiableCopies() {
    List<Object> items = new ArrayList<>(List.of(item("a")));
    Object ofItems = of("items", items);
    items.add(item("b"));
    List<?> heldItems = (List<?>) call(ofItems, "items");
    assertEquals(1, heldItems.size());
    assertThrows(UnsupportedOperationException.class, () -> heldItems.remove(0));

    List<String> tags = new ArrayList<>(List.of("a"));
    Object ofTags = of("tags", tags);
    tags.set(0, "changed");
    @SuppressWarnings("unchecked")
    List<String> heldTags = (List<String>) call(ofTags, "tags");
    assertEquals(List.of("a"), heldTags);
    assertThrows(UnsupportedOperationException.class, () -> heldTags.add("b"));

    Map<String, String> labels = new HashMap<>(Map.of("k", "v"));
    Object ofLabels = of("labels", labels);
    labels.put("k2", "v2");
    @SuppressWarnings("unchecked")
    Map<String, String> heldLabels = (Map<String, String>) call(ofLabels, "labels");
    assertEquals(Map.of("k", "v"), heldLabels);
    assertThrows(UnsupportedOperationException.class, () -> heldLabels.put("x", "y"));
    assertSame(call(ofLabels, "value"), heldLabels);
  }

  // ---- equals, hashCode, toString --------------------------------------------------------------

  @Test
  void equalsAndHashCodeGoByKindAndValue() {
    assertEquals(of("text", "a"), of("text", "a"));
    assertEquals(of("text", "a").hashCode(), of("text", "a").hashCode());
    assertEquals(of("items", List.of(item("x"))), of("items", new ArrayList<>(List.of(item("x")))));
    assertEquals(of("labels", Map.of("k", "v")).hashCode(), of("labels", new HashMap<>(Map.of("k", "v"))).hashCode());
    assertNotEquals(of("text", "a"), of("text", "b"));
    // The same value as another variant is another union.
    assertNotEquals(of("item", item("x")), of("items", List.of(item("x"))));
    assertNotEquals(of("tags", List.of("a")), of("items", List.of()));
    assertNotEquals(of("count", 1), of("total", 1L));
    assertNotEquals(of("text", "a"), "a");
  }

  /** Python's pprint of the dict value, as the holder's toStr() shows it. */
  @Test
  void toStringIsThePprintOfTheDictValue() {
    assertEquals("'hello'", of("text", "hello").toString());
    assertEquals("True", of("flag", true).toString());
    assertEquals("7", of("count", 7).toString());
    assertEquals("Decimal('0.10')", of("amount", new BigDecimal("0.10")).toString());
    assertEquals("['a', 'b']", of("tags", List.of("a", "b")).toString());
    assertEquals("{'k': 'v'}", of("labels", Map.of("k", "v")).toString());
    assertEquals("{'$objectType': 'demo.Item', 'name': 'x'}", of("item", item("x")).toString());
    assertEquals("[{'$objectType': 'demo.Item', 'name': 'x'}]", of("items", List.of(item("x"))).toString());
    Object held = build(holder, "data", of("text", "hello"));
    assertEquals("{'byName': None, 'data': 'hello', 'history': None}", call(held, "toStr"));
  }

  // ---- Validation through the union ------------------------------------------------------------

  /** A model the union holds is checked with the holder, and its path has no segment for the union. */
  @Test
  void violationsInsideAUnionHaveThePathOfTheProperty() throws Exception {
    assertEquals(List.of("data.name"), paths(holder("data", of("item", namelessItem()))));
    assertEquals(List.of("data[1].name"), paths(holder("data", of("items", List.of(item("a"), namelessItem())))));
    assertEquals(List.of("history[1].name", "byName[k][0].name"), paths(holder(
        "history", List.of(of("text", "t"), of("item", namelessItem())),
        "byName", Map.of("k", of("items", List.of(namelessItem()))))));
    // A null item of a list held by a union is a violation too; a null value of a map is not (as in any map).
    assertEquals(List.of("data[1]"), paths(holder("data", of("tags", Arrays.asList("a", null)))));
    Map<String, String> withNull = new HashMap<>();
    withNull.put("k", null);
    Object labels = of("labels", withNull);
    assertEquals(withNull, call(labels, "labels"));
    assertEquals(List.of(), paths(holder("data", labels)));
    // build() checks the same.
    Object bad = call(call(holder, "builder"), "data", of("item", namelessItem()));
    ModelValidationException e = assertThrows(ModelValidationException.class, () -> call(bad, "build"));
    assertEquals(List.of("data.name"), e.violations().stream().map(Violation::path).toList());
    assertEquals(List.of(), paths(holder("data", of("items", List.of(item("a"))))));
  }

  /** {@code new Holder()} with setters: nothing checks the values until validate(). */
  private Object holder(Object... namesAndValues) throws Exception {
    Object model = holder.getConstructor().newInstance();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      String name = (String) namesAndValues[i];
      call(model, "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1), namesAndValues[i + 1]);
    }
    return model;
  }

  @SuppressWarnings("unchecked")
  private static List<String> paths(Object model) {
    return ((List<Violation>) call(model, "validate")).stream().map(Violation::path).toList();
  }

  // ---- JSON --------------------------------------------------------------------------------------

  /** Every variant writes as its value and reads back as the same variant, with the codec and without it. */
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void everyVariantRoundTripsThroughTheHolder(boolean databind) throws Exception {
    load(databind);
    List<Object> unions = List.of(of("item", item("one")), of("items", List.of(item("a"), item("b"))),
        of("text", "hello"), of("flag", false), of("count", 7), of("total", 1L << 40),
        of("amount", new BigDecimal("0.10")), of("tags", List.of("a", "b")), of("labels", Map.of("k", "v")));
    for (Object union : unions) {
      Object built = build(holder, "data", union, "history", List.of(union), "byName", Map.of("k", union));
      String json = MAPPER.writeValueAsString(built);
      Object read = MAPPER.readValue(json, holder);
      assertEquals(built, read, json);
      assertEquals(json, MAPPER.writeValueAsString(read));
    }
    String json = MAPPER.writeValueAsString(build(holder, "data", of("text", "hello")));
    assertEquals("{\"data\":\"hello\"}", json);
  }

  /**
   * An integer goes to the first of Integer and Long that holds it, a fraction to BigDecimal; what
   * no variant takes (an unknown $objectType) is kept as read and written back unchanged.
   */
  @Test
  void readDispatchesOnTheJsonValue() throws Exception {
    assertEquals("COUNT", kind(call(MAPPER.readValue("{\"data\": 5}", holder), "data")));
    assertEquals("TOTAL", kind(call(MAPPER.readValue("{\"data\": 5000000000}", holder), "data")));
    assertEquals("AMOUNT", kind(call(MAPPER.readValue("{\"data\": 5.5}", holder), "data")));
    assertEquals("LABELS", kind(call(MAPPER.readValue("{\"data\": {\"k\": \"v\"}}", holder), "data")));
    // Two list variants: an empty array could be either, so it is kept as read.
    ApiUnion empty = (ApiUnion) call(MAPPER.readValue("{\"data\": []}", holder), "data");
    assertEquals("UNKNOWN", empty.kind().name());
    assertEquals(List.of(), empty.value());
    String newer = "{\"data\":{\"$objectType\":\"demo.Gizmo\",\"size\":3}}";
    Object read = MAPPER.readValue(newer, holder);
    ApiUnion data = (ApiUnion) call(read, "data");
    assertEquals("UNKNOWN", data.kind().name());
    assertEquals(Map.of("$objectType", "demo.Gizmo", "size", 3), data.value());
    assertEquals(newer, MAPPER.writeValueAsString(read));
    assertNull(call(MAPPER.readValue("{\"data\": null}", holder), "data"));
  }
}
