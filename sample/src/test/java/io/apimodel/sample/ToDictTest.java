package io.apimodel.sample;

import static io.apimodel.sample.ToStrValues.dec;
import static io.apimodel.sample.ToStrValues.dt;
import static io.apimodel.sample.ToStrValues.list;
import static io.apimodel.sample.ToStrValues.map;
import static io.apimodel.sample.ToStrValues.strings;
import static io.apimodel.sample.ToStrValues.typed;
import static io.apimodel.sample.ToStrValues.uid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimodel.runtime.ApiObject;
import io.apimodel.runtime.pprint.PythonRepr;
import io.apimodel.sample.common.v1.config.KVPair;
import io.apimodel.sample.common.v1.config.MessageSeverity;
import io.apimodel.sample.dict.DictKeyOverrides;
import io.apimodel.sample.dict.JsonKeys;
import io.apimodel.sample.dict.JsonOverrides;
import io.apimodel.sample.dict.Leaf;
import io.apimodel.sample.dict.Scalars;
import io.apimodel.sample.dict.Secrets;
import io.apimodel.sample.dict.Shade;
import io.apimodel.sample.dict.SnakeKeys;
import io.apimodel.sample.dict.Tone;
import io.apimodel.sample.prism.v4.config.Task;
import io.apimodel.sample.prism.v4.config.TaskStatus;
import io.apimodel.sample.prism.v4.error.AppMessage;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code toDict()} per SPEC §4, on the test models of {@code io.apimodel.sample.dict}. */
class ToDictTest {

  private static final List<String> SCALARS_KEYS = List.of("text", "flag", "count", "total", "ratio",
      "boxedFlag", "boxedCount", "boxedTotal", "boxedRatio", "amount", "bigNumber", "uuid", "at", "day",
      "any", "shade", "tones", "toneByName", "leaf", "nested", "extras", "matrix", "times", "doubles");

  // ---- keys and order ------------------------------------------------------------------------

  @Test
  void newInstanceHasEveryPropertyInOrderWithNulls() {
    Map<String, Object> dict = new Scalars().toDict();
    assertInstanceOf(LinkedHashMap.class, dict);
    assertEquals(SCALARS_KEYS, new ArrayList<>(dict.keySet()));
    assertEquals(Boolean.FALSE, dict.get("flag"));
    assertEquals(Integer.valueOf(0), dict.get("count"));
    assertEquals(Long.valueOf(0), dict.get("total"));
    assertEquals(Double.valueOf(0.0), dict.get("ratio"));
    for (String key : SCALARS_KEYS.subList(5, SCALARS_KEYS.size())) {
      assertTrue(dict.containsKey(key), key);
      assertNull(dict.get(key), key);
    }
  }

  @Test
  void defaultDictKeysAreTheJsonNames() {
    JsonKeys model = JsonKeys.builder().displayName("d").vmUUID("u").ipv4Address(1).kind("k").build();
    assertEquals(List.of("display_name", "vmUUID", "ipv4Address", "$kind", "shade-value", "the-leaf", "leaves",
        "Labels"), new ArrayList<>(model.toDict().keySet()));
    assertEquals("d", model.toDict().get("display_name"));
    assertEquals("u", model.toDict().get("vmUUID"));
    assertEquals(1, model.toDict().get("ipv4Address"));
    assertEquals("k", model.toDict().get("$kind"));
  }

  @Test
  void snakeCaseConvertsThePropertyNameNotTheJsonName() {
    SnakeKeys model = SnakeKeys.builder().vmUUID("u").ipv4Address("10.0.0.1").displayName("shown")
        .childLeaf(Leaf.builder().name("c").build())
        .subItems(List.of(SnakeKeys.builder().extId("inner").build())).build();
    List<String> keys = List.of("vm_uuid", "ipv4_address", "ext_id", "name", "is_cancelable", "display_name",
        "number_of_sub_tasks", "child_leaf", "sub_items");
    Map<String, Object> dict = model.toDict();
    assertEquals(keys, new ArrayList<>(dict.keySet()));
    assertEquals("u", dict.get("vm_uuid"));
    assertEquals("10.0.0.1", dict.get("ipv4_address"));
    assertEquals("shown", dict.get("display_name"));
    assertEquals(List.of("name", "size"), new ArrayList<>(asMap(dict.get("child_leaf")).keySet()));
    Map<String, Object> item = asMap(asList(dict.get("sub_items")).get(0));
    assertEquals(keys, new ArrayList<>(item.keySet()));
    assertEquals("inner", item.get("ext_id"));
  }

  @Test
  void dictKeyWinsOverSnakeCaseAndJsonNames() {
    DictKeyOverrides model = DictKeyOverrides.builder().extId("i").typeName("t").plainValue("p").specialKey(3)
        .nested(JsonOverrides.builder().objectType("o").foo("f").barBaz("b").build()).build();
    Map<String, Object> dict = model.toDict();
    assertEquals(List.of("ID", "_type", "plain_value", "clé spéciale", "inner"), new ArrayList<>(dict.keySet()));
    assertEquals(List.of("i", "t", "p", 3), new ArrayList<>(dict.values()).subList(0, 4));
    assertEquals(map("_object_type", "o", "fooBar", "f", "BAR", "b"), dict.get("inner"));
  }

  @Test
  void unknownFieldsAreNotInTheDict() {
    Leaf leaf = Leaf.builder().name("n").putUnknownField("extra", 1).build();
    leaf.putUnknownField("other", list("x"));
    assertEquals(List.of("name", "size"), new ArrayList<>(leaf.toDict().keySet()));
  }

  // ---- values -------------------------------------------------------------------------------

  @Test
  void enumsAreTheirWireStrings() {
    for (Shade shade : Shade.values()) {
      Object wire = JsonKeys.builder().shade(shade).build().toDict().get("shade-value");
      assertEquals(Map.of(Shade.UNKNOWN, "$UNKNOWN", Shade.DARK_BLUE, "dark-blue", Shade.LIGHT_GREEN, "light.green",
          Shade.RED, "RED").get(shade), wire);
    }
    Map<String, Object> dict = Scalars.builder().shade(Shade.LIGHT_GREEN).tones(List.of(Tone.DIM, Tone.BRIGHT))
        .toneByName(typed("x", Tone.BRIGHT)).build().toDict();
    assertEquals("light.green", dict.get("shade"));
    assertEquals(List.of("DIM", "BRIGHT"), dict.get("tones"));
    assertInstanceOf(String.class, asList(dict.get("tones")).get(0));
    assertEquals(Map.of("x", "BRIGHT"), dict.get("toneByName"));
    assertInstanceOf(String.class, asMap(dict.get("toneByName")).get("x"));
    AppMessage message = AppMessage.builder().severity(MessageSeverity.ERROR).build();
    Map<String, Object> task = Task.builder().addErrorMessages(message).build().toDict();
    assertEquals("ERROR", asMap(asList(task.get("error_messages")).get(0)).get("severity"));
    assertEquals("$UNKNOWN", Task.builder().status(TaskStatus.$UNKNOWN).build().toDict().get("status"));
  }

  @Test
  void scalarsAreKeptAsTheSameJavaObjects() {
    OffsetDateTime at = dt("2024-06-07T16:41:34.85353+05:30");
    UUID uuid = uid("148ee646-25d0-46f6-9977-61ad02acc5e1");
    BigDecimal amount = dec("1.50");
    BigInteger big = BigInteger.TWO.pow(80);
    LocalDate day = LocalDate.of(2024, 6, 7);
    OffsetDateTime inList = dt("2024-06-07T03:11:00-08:00");
    Scalars model = Scalars.builder().at(at).uuid(uuid).amount(amount).bigNumber(big).day(day).text("t")
        .flag(true).count(7).total(8L).ratio(0.5).boxedFlag(false).boxedCount(9).boxedTotal(10L).boxedRatio(1.5)
        .times(List.of(inList)).doubles(List.of(2.5)).build();
    Map<String, Object> dict = model.toDict();
    assertSame(at, dict.get("at"));
    assertSame(uuid, dict.get("uuid"));
    assertSame(amount, dict.get("amount"));
    assertSame(big, dict.get("bigNumber"));
    assertSame(day, dict.get("day"));
    assertSame(inList, asList(dict.get("times")).get(0));
    assertEquals(at.getOffset(), ((OffsetDateTime) dict.get("at")).getOffset());
    assertEquals(List.of("t", true, 7, 8L, 0.5, false, 9, 10L, 1.5),
        Arrays.asList(dict.get("text"), dict.get("flag"), dict.get("count"), dict.get("total"), dict.get("ratio"),
            dict.get("boxedFlag"), dict.get("boxedCount"), dict.get("boxedTotal"), dict.get("boxedRatio")));
    assertInstanceOf(Long.class, dict.get("total"));
    assertInstanceOf(Double.class, asList(dict.get("doubles")).get(0));
  }

  @Test
  void nestedModelsListsAndMapsBecomeNewArrayListsAndLinkedHashMaps() {
    Leaf leaf = Leaf.builder().name("a").size(1).build();
    Scalars model = Scalars.builder().leaf(leaf)
        .nested(List.of(typed("k", List.of(leaf, Leaf.builder().name("b").build()))))
        .matrix(List.of(List.of("x"), List.of())).build();
    Map<String, Object> dict = model.toDict();
    assertInstanceOf(LinkedHashMap.class, dict.get("leaf"));
    assertEquals(map("name", "a", "size", 1), dict.get("leaf"));
    List<Object> nested = asList(dict.get("nested"));
    assertInstanceOf(ArrayList.class, nested);
    assertInstanceOf(LinkedHashMap.class, nested.get(0));
    List<Object> leaves = asList(asMap(nested.get(0)).get("k"));
    assertInstanceOf(ArrayList.class, leaves);
    assertEquals(List.of(map("name", "a", "size", 1), map("name", "b", "size", null)), leaves);
    assertInstanceOf(LinkedHashMap.class, leaves.get(1));
    assertInstanceOf(ArrayList.class, dict.get("matrix"));
    assertInstanceOf(ArrayList.class, asList(dict.get("matrix")).get(1));
    assertEquals(List.of(List.of("x"), List.of()), dict.get("matrix"));
    assertNotSame(model.matrix(), dict.get("matrix"));
  }

  @Test
  void mapsKeepTheirOrder() {
    Map<String, Object> dict = Scalars.builder().toneByName(typed("b", Tone.DIM, "a", Tone.BRIGHT, "c", Tone.DIM))
        .extras(map("z", 1, "a", 2, "m", 3)).build().toDict();
    assertEquals(List.of("b", "a", "c"), new ArrayList<>(asMap(dict.get("toneByName")).keySet()));
    assertEquals(List.of("z", "a", "m"), new ArrayList<>(asMap(dict.get("extras")).keySet()));
    Map<String, Object> message = AppMessage.builder().argumentsMap(strings("vm", "1", "Disk", "2", "_x", "3"))
        .build().toDict();
    assertEquals(List.of("vm", "Disk", "_x"), new ArrayList<>(asMap(message.get("arguments_map")).keySet()));
  }

  @Test
  void objectValuesAreConvertedRecursively() {
    Scalars model = Scalars.builder()
        .any(map("list", list(1, null, map("deep", list(list("x")))), "n", 2.5))
        .extras(map("k", list(map("a", true)), "s", "v")).build();
    Map<String, Object> dict = model.toDict();
    assertEquals(map("list", list(1, null, map("deep", list(list("x")))), "n", 2.5), dict.get("any"));
    assertInstanceOf(LinkedHashMap.class, dict.get("any"));
    List<Object> inner = asList(asMap(dict.get("any")).get("list"));
    assertInstanceOf(ArrayList.class, inner);
    assertInstanceOf(LinkedHashMap.class, inner.get(2));
    assertInstanceOf(ArrayList.class, asList(asMap(inner.get(2)).get("deep")).get(0));
    assertNotSame(model.any(), dict.get("any"));
    assertEquals(map("k", list(map("a", true)), "s", "v"), dict.get("extras"));
    assertInstanceOf(LinkedHashMap.class, asList(asMap(dict.get("extras")).get("k")).get(0));
    Map<String, Object> pair = KVPair.builder().name("abc").value(list(map("x", 1))).build().toDict();
    assertInstanceOf(ArrayList.class, pair.get("value"));
    assertInstanceOf(LinkedHashMap.class, asList(pair.get("value")).get(0));
  }

  @Test
  void unknownEnumWireStringReadFromJsonStaysRawUntilSetAgain() throws Exception {
    Task task = new com.fasterxml.jackson.databind.ObjectMapper()
        .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
        .readValue("{\"status\": \"PAUSED\"}", Task.class);
    assertSame(TaskStatus.$UNKNOWN, task.status());
    assertEquals("PAUSED", task.toDict().get("status"));
    assertEquals("RUNNING", task.toBuilder().status(TaskStatus.RUNNING).build().toDict().get("status"));
    task.setStatus(TaskStatus.FAILED);
    assertEquals("FAILED", task.toDict().get("status"));
  }

  // ---- a new, independent map per call --------------------------------------------------------

  @Test
  void eachCallReturnsANewMapTheCallerMayChange() {
    Scalars model = Scalars.builder().text("t").leaf(Leaf.builder().name("a").size(1).build())
        .tones(List.of(Tone.DIM)).toneByName(typed("k", Tone.BRIGHT))
        .nested(List.of(typed("k", List.of(Leaf.builder().name("n").build()))))
        .extras(map("m", map("x", list(1)))).any(list(map("y", list())))
        .matrix(List.of(List.of("a"))).times(List.of(dt("2024-06-07T11:11:00Z"))).doubles(List.of(1.0)).build();
    Scalars copy = model.toBuilder().build();
    Map<String, Object> first = model.toDict();
    Map<String, Object> snapshot = model.toDict();
    assertNotSame(first, snapshot);
    assertNotSame(first.get("leaf"), snapshot.get("leaf"));
    assertNotSame(first.get("nested"), snapshot.get("nested"));
    assertNotSame(first.get("extras"), snapshot.get("extras"));
    assertNotSame(first.get("any"), snapshot.get("any"));

    int containers = mutateDeeply(first);
    assertEquals(18, containers, "maps and lists changed in the dict");
    first.put("added", 1);
    first.remove("text");

    assertEquals(snapshot, model.toDict());
    assertEquals(copy, model);
    assertEquals("t", model.text());
    assertEquals(List.of(Tone.DIM), model.tones());
    assertEquals(map("m", map("x", list(1))), model.extras());
    assertEquals(list(map("y", list())), model.any());
  }

  @Test
  void sampleTaskDictIsIndependentToo() {
    Task task = (Task) taskFull();
    Map<String, Object> snapshot = task.toDict();
    Map<String, Object> dict = task.toDict();
    assertTrue(mutateDeeply(dict) > 30);
    asMap(dict.get("_reserved")).put("$fv", "changed");
    assertEquals(snapshot, task.toDict());
    assertEquals(Map.of("$fv", "v4.r0"), task.reserved());
  }

  // ---- @Redacted -------------------------------------------------------------------------------

  @Test
  void toDictKeepsRedactedValuesAndToDictTrueHidesNonNullOnes() {
    Leaf credentials = Leaf.builder().name("key").size(2048).build();
    Secrets secrets = Secrets.builder().user("admin").password("hunter2").pin(1234).seed(42).credentials(credentials)
        .tokens(List.of("t1")).headers(map("Authorization", "Bearer abc"))
        .children(List.of(Secrets.builder().password("inner").build())).build();
    Map<String, Object> plain = secrets.toDict();
    assertEquals(plain, secrets.toDict(false));
    assertEquals(Arrays.asList("admin", "hunter2", 1234, 42, map("name", "key", "size", 2048), List.of("t1"),
        map("Authorization", "Bearer abc")), new ArrayList<>(plain.values()).subList(0, 7));
    assertEquals("inner", asMap(asList(plain.get("children")).get(0)).get("password"));

    Map<String, Object> hidden = secrets.toDict(true);
    assertEquals(Arrays.asList("admin", "***", "***", "***", "***", "***", "***"),
        new ArrayList<>(hidden.values()).subList(0, 7));
    assertEquals("***", asMap(asList(hidden.get("children")).get(0)).get("password"));
    assertNull(asMap(asList(hidden.get("children")).get(0)).get("pin"));

    Map<String, Object> empty = new Secrets().toDict(true);
    assertEquals(Arrays.asList(null, null, null, "***", null, null, null, null), new ArrayList<>(empty.values()));
    assertEquals(0, new Secrets().toDict().get("seed"));
  }

  @Test
  void toStrPrintsToDictTrue() {
    Secrets secrets = Secrets.builder().user("admin").password("hunter2").pin(1234)
        .children(List.of(Secrets.builder().password("inner").build())).build();

    assertEquals(PythonRepr.pformat(secrets.toDict(true)), secrets.toStr());
    assertFalse(secrets.toStr().contains("hunter2"), secrets::toStr);
  }

  // ---- helpers ----------------------------------------------------------------------------------

  static ApiObject taskFull() {
    ToStrValues.Cases cases = new ToStrValues.Cases();
    TaskToStrCases.addTo(cases);
    return cases.byName.get("task_full").get();
  }

  /**
   * Adds to and removes from every map and list reachable from {@code value}; fails with
   * UnsupportedOperationException if one is not mutable. Returns how many it changed.
   */
  static int mutateDeeply(Object value) {
    int count = 0;
    if (value instanceof Map<?, ?> map) {
      for (Object child : new ArrayList<>(map.values())) {
        count += mutateDeeply(child);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> m = (Map<String, Object>) map;
      m.put("mutated-by-test", "x");
      count++;
    } else if (value instanceof List<?> list) {
      for (Object child : new ArrayList<>(list)) {
        count += mutateDeeply(child);
      }
      @SuppressWarnings("unchecked")
      List<Object> l = (List<Object>) list;
      l.add("mutated-by-test");
      if (l.size() > 1) {
        l.remove(0);
      }
      count++;
    }
    return count;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> asMap(Object value) {
    assertInstanceOf(Map.class, value);
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object> asList(Object value) {
    assertInstanceOf(List.class, value);
    return (List<Object>) value;
  }

  @Test
  void helpersDetectUnmodifiableContainers() {
    assertFalse(tryMutate(List.of(1)));
    assertFalse(tryMutate(Map.of("a", new ArrayList<>())));
    assertTrue(tryMutate(new ArrayList<>(List.of(new LinkedHashMap<>()))));
  }

  private static boolean tryMutate(Object value) {
    try {
      mutateDeeply(value);
      return true;
    } catch (UnsupportedOperationException e) {
      return false;
    }
  }
}
