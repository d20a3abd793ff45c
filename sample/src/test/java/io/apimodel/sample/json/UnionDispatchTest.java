package io.apimodel.sample.json;

import static io.apimodel.sample.json.Json.MAPPER;
import static io.apimodel.sample.json.Json.read;
import static io.apimodel.sample.json.Json.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.apimodel.runtime.ApiUnion;
import io.apimodel.runtime.ModelValidationException;
import io.apimodel.sample.common.v1.config.KVPair;
import io.apimodel.sample.prism.v4.config.ListTasksApiResponse;
import io.apimodel.sample.prism.v4.config.ListTasksApiResponseData;
import io.apimodel.sample.prism.v4.error.AppMessage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC §8, JSON read: one test per dispatch rule, through a holder ({@link UnionHolderModel}) of the
 * test unions, read and written with a plain {@code ObjectMapper}. Every read is checked for its
 * kind and value, and that a write and a re-read give an equal holder; an {@code UNKNOWN} value for
 * being written back as it was read.
 */
class UnionDispatchTest {

  /** Reads {@code {"<property>": <value>}} as a holder, and checks that a round trip gives it back. */
  private static UnionHolder holder(String property, String value) {
    UnionHolder holder = read("{\"" + property + "\":" + value + "}", UnionHolder.class);
    assertEquals(holder, read(write(holder), UnionHolder.class), () -> "round trip of " + write(holder));
    return holder;
  }

  private static ScalarChoice scalar(String json) {
    return holder("scalar", json).scalar();
  }

  private static RatioChoice ratio(String json) {
    return holder("ratio", json).ratio();
  }

  private static MessageChoice message(String json) {
    return holder("message", json).message();
  }

  private static EntityChoice entity(String json) {
    return holder("entity", json).entity();
  }

  /** An {@code UNKNOWN} union of the property, written back exactly as the input had it. */
  private static ApiUnion unknown(String property, String json) {
    String input = "{\"" + property + "\":" + json + "}";
    UnionHolder holder = read(input, UnionHolder.class);
    ApiUnion union = (ApiUnion) switch (property) {
      case "scalar" -> holder.scalar();
      case "ratio" -> holder.ratio();
      case "message" -> holder.message();
      case "entity" -> holder.entity();
      default -> throw new IllegalArgumentException(property);
    };
    assertEquals("UNKNOWN", union.kind().name(), () -> "read " + union.value());
    assertEquals(input, write(holder));
    assertEquals(holder, read(write(holder), UnionHolder.class));
    return union;
  }

  private static JacksonException readFails(String json, Class<?> type) {
    return assertThrows(JacksonException.class, () -> MAPPER.readValue(json, type));
  }

  // ---- Strings and booleans --------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"\"\"", "\"text\"", "\"tab\\tquote\\\"slash\\\\u\\u00e9\\ud83d\\ude00\"", "\"42\"", "\"true\"", "\"null\""})
  void aStringIsTheStringVariant(String json) throws Exception {
    ScalarChoice union = scalar(json);
    assertEquals(ScalarChoice.Kind.TEXT, union.kind());
    assertEquals(MAPPER.readValue(json, String.class), union.text());
    assertNull(union.flag());
  }

  @Test
  void aStringWithoutAStringVariantIsUnknown() {
    assertEquals("x\ty", unknown("ratio", "\"x\\ty\"").value());
  }

  @Test
  void trueAndFalseAreTheBooleanVariant() {
    assertEquals(ScalarChoice.ofFlag(true), scalar("true"));
    assertEquals(ScalarChoice.ofFlag(false), scalar("false"));
    assertEquals(Boolean.TRUE, unknown("ratio", "true").value());
  }

  // ---- Integers --------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0", "42", "-1", "2147483647", "-2147483648"})
  void anIntegerThatFitsAnIntIsTheIntegerVariant(String json) {
    ScalarChoice union = scalar(json);
    assertEquals(ScalarChoice.Kind.SMALL, union.kind());
    assertEquals(Integer.valueOf(json), union.small());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2147483648", "-2147483649", "9223372036854775807", "-9223372036854775808"})
  void anIntegerTooBigForAnIntIsTheLongVariant(String json) {
    ScalarChoice union = scalar(json);
    assertEquals(ScalarChoice.Kind.BIG, union.kind());
    assertEquals(Long.valueOf(json), union.big());
  }

  @Test
  void anIntegerOfAUnionWithoutIntegerIsTheLongVariant() {
    assertEquals(RatioChoice.ofCount(42L), ratio("42"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"9223372036854775808", "-9223372036854775809", "123456789012345678901234567890"})
  void anIntegerTooBigForALongIsTheBigDecimalVariant(String json) {
    ScalarChoice union = scalar(json);
    assertEquals(ScalarChoice.Kind.EXACT, union.kind());
    assertEquals(new BigDecimal(json), union.exact());
  }

  @ParameterizedTest
  @ValueSource(strings = {"9223372036854775808", "-9223372036854775808000", "1180591620717411303424"})
  void anIntegerTooBigForALongIsTheDoubleVariantWhenADoubleHoldsItExactly(String json) {
    RatioChoice union = ratio(json);
    assertEquals(RatioChoice.Kind.RATIO, union.kind());
    assertEquals(new BigDecimal(json), new BigDecimal(union.ratio()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"9223372036854775809", "123456789012345678901234567890", "-10000000000000000000000000000000000000000"})
  void anIntegerNoVariantHoldsExactlyIsUnknownAndWrittenBackAsItWas(String json) {
    Object value = unknown("ratio", json).value();
    assertInstanceOf(Number.class, value);
    assertEquals(json, value.toString());
  }

  // ---- Fractions and exponents -----------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"0.5", "-0.0", "1e3", "1E+3", "2.50", "1e-400", "1e400", "0.1000000000000000055511151231257827"})
  void aNumberWithAFractionOrExponentIsTheBigDecimalVariant(String json) {
    ScalarChoice union = scalar(json);
    assertEquals(ScalarChoice.Kind.EXACT, union.kind());
    assertEquals(new BigDecimal(json), union.exact());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.5", "-0.0", "1e3", "2.50", "4.9e-324", "1.7976931348623157e308"})
  void aNumberWithAFractionOrExponentIsTheDoubleVariantWithoutBigDecimal(String json) {
    RatioChoice union = ratio(json);
    assertEquals(RatioChoice.Kind.RATIO, union.kind());
    assertEquals(Double.valueOf(json), union.ratio());
  }

  // ---- Arrays ----------------------------------------------------------------------------------

  @Test
  void anArrayOfStringsIsTheStringListVariant() {
    ScalarChoice union = scalar("[\"a\",\"\",\"c\"]");
    assertEquals(ScalarChoice.Kind.WORDS, union.kind());
    assertEquals(List.of("a", "", "c"), union.words());
  }

  @Test
  void anArrayOfIntegersIsTheIntegerListVariant() {
    ScalarChoice union = scalar("[1,-2,9223372036854775807]");
    assertEquals(ScalarChoice.Kind.NUMBERS, union.kind());
    assertEquals(List.of(1L, -2L, Long.MAX_VALUE), union.numbers());
  }

  @Test
  void anArrayOfBooleansIsTheBooleanListVariant() {
    assertEquals(RatioChoice.ofFlags(List.of(true, false, true)), ratio("[true,false,true]"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "scalar | [true,false]",
    "scalar | [1.5,2]",
    "scalar | [9223372036854775808]",
    "scalar | [[\"a\"]]",
    "scalar | [null,\"a\"]",
    "ratio  | [\"a\"]",
    "ratio  | [1]",
    "entity | [\"a\"]"
  })
  void anArrayWhoseFirstItemNoListVariantTakesIsUnknown(String property, String json) {
    assertInstanceOf(List.class, unknown(property, json).value());
  }

  @Test
  void theFirstItemsObjectTypePicksTheModelListAndLaterItemsMayOmitIt() {
    EntityChoice union = entity(
        "[{\"$objectType\":\"common.v1.config.KVPair\",\"name\":\"one\",\"value\":1},{\"name\":\"two\",\"value\":[2]}]");
    assertEquals(EntityChoice.Kind.PAIRS, union.kind());
    assertEquals(List.of("one", "two"), union.pairs().stream().map(KVPair::name).toList());
    assertEquals("common.v1.config.KVPair", union.pairs().get(1).objectType());

    EntityChoice later = entity("[{\"name\":\"one\",\"$objectType\":\"common.v1.config.KVPair\"}]");
    assertEquals(EntityChoice.Kind.PAIRS, later.kind());

    EntityChoice measures = entity(
        "[{\"amount\":1.5,\"$objectType\":\"test.Measure\"},{\"$objectType\":\"test.Measure\",\"ratio\":0.5},{\"reading\":{}}]");
    assertEquals(EntityChoice.Kind.MEASURES, measures.kind());
    assertEquals(3, measures.measures().size());
    assertEquals(Map.of("$objectType", "test.Measure"), measures.measures().get(0).unknownFields());
    assertEquals(Map.of("$objectType", "test.Measure"), measures.measures().get(1).unknownFields());
  }

  @Test
  void anArrayWhoseFirstItemHasNoObjectTypeIsTheOnlyListOfModels() {
    MessageChoice union = message("[{\"message\":\"one\"},{\"message\":\"two\",\"$objectType\":\"prism.v4.error.AppMessage\"}]");
    assertEquals(MessageChoice.Kind.MESSAGES, union.kind());
    assertEquals(List.of("one", "two"), union.messages().stream().map(AppMessage::message).toList());
  }

  @Test
  void anArrayWhoseFirstItemHasNoObjectTypeIsUnknownWithSeveralListsOfModels() {
    assertInstanceOf(List.class, unknown("entity", "[{\"name\":\"one\"},{\"$objectType\":\"test.Measure\"}]").value());
  }

  @Test
  void anArrayWhoseFirstItemHasAnUnknownObjectTypeIsUnknown() {
    List<?> value = assertInstanceOf(List.class,
        unknown("entity", "[{\"$objectType\":\"common.v1.config.KVPairV2\",\"name\":\"x\"},{\"name\":\"y\"},7]").value());
    assertEquals(Map.of("$objectType", "common.v1.config.KVPairV2", "name", "x"), value.get(0));
  }

  @Test
  void anEmptyArrayIsTheOnlyListVariant() {
    assertEquals(MessageChoice.ofMessages(List.of()), message("[]"));
    assertEquals(RatioChoice.ofFlags(List.of()), ratio("[]"));
  }

  @Test
  void anEmptyArrayIsUnknownWithSeveralListVariantsOrNone() {
    assertEquals(List.of(), unknown("scalar", "[]").value());
    assertEquals(List.of(), unknown("entity", "[]").value());
  }

  // ---- Objects ---------------------------------------------------------------------------------

  @Test
  void anObjectTypeAsTheFirstMemberPicksTheModel() {
    EntityChoice union = entity("{\"$objectType\":\"common.v1.config.KVPair\",\"name\":\"abc\",\"value\":{\"x\":[1]}}");
    assertEquals(EntityChoice.Kind.PAIR, union.kind());
    assertEquals("abc", union.pair().name());
    assertEquals("common.v1.config.KVPair", union.pair().objectType());

    EntityChoice measure = entity("{\"$objectType\":\"test.Measure\",\"amount\":2.50,\"extra\":true}");
    assertEquals(EntityChoice.Kind.MEASURE, measure.kind());
    assertEquals(new BigDecimal("2.50"), measure.measure().amount());
    assertEquals(List.of("$objectType", "extra"), List.copyOf(measure.measure().unknownFields().keySet()));
  }

  @Test
  void anObjectTypeAfterOtherMembersPicksTheModel() {
    EntityChoice union = entity("{\"name\":\"abc\",\"value\":{\"$objectType\":\"test.Measure\"},\"$objectType\":\"common.v1.config.KVPair\"}");
    assertEquals(EntityChoice.Kind.PAIR, union.kind());
    assertEquals(Map.of("$objectType", "test.Measure"), union.pair().value());

    EntityChoice measure = entity("{\"amount\":2.50,\"extra\":[true,{}],\"$objectType\":\"test.Measure\",\"ratio\":1}");
    assertEquals(EntityChoice.Kind.MEASURE, measure.kind());
    assertEquals(1.0, measure.measure().ratio());
    assertEquals(List.of("extra", "$objectType"), List.copyOf(measure.measure().unknownFields().keySet()));
  }

  @Test
  void anObjectTypeFirstOrLaterReadsTheSameObject() {
    String first = "{\"$objectType\":\"prism.v4.error.AppMessage\",\"message\":\"m\",\"severity\":\"ERROR\",\"argumentsMap\":{\"a\":\"b\"}}";
    String later = "{\"message\":\"m\",\"severity\":\"ERROR\",\"argumentsMap\":{\"a\":\"b\"},\"$objectType\":\"prism.v4.error.AppMessage\"}";
    assertEquals(message(first), message(later));
    assertEquals(MessageChoice.Kind.MESSAGE, message(first).kind());
  }

  @Test
  void anObjectWithoutObjectTypeIsTheStringMapVariant() {
    ScalarChoice union = scalar("{\"b\":\"2\",\"a\":\"1\"}");
    assertEquals(ScalarChoice.Kind.LABELS, union.kind());
    assertEquals(List.of("b", "a"), List.copyOf(union.labels().keySet()));
    assertEquals(ScalarChoice.ofLabels(Map.of()), scalar("{}"));
  }

  @Test
  void anObjectWithAnObjectTypeIsNotTheStringMapVariant() {
    assertInstanceOf(Map.class, unknown("scalar", "{\"a\":\"1\",\"$objectType\":\"x.Y\"}").value());
    assertInstanceOf(Map.class, unknown("scalar", "{\"$objectType\":\"x.Y\"}").value());
  }

  @Test
  void anObjectWithoutObjectTypeIsTheOnlyModelVariant() {
    MessageChoice union = message("{\"message\":\"m\",\"code\":\"C-1\"}");
    assertEquals(MessageChoice.Kind.MESSAGE, union.kind());
    assertEquals("C-1", union.message().code());
    assertEquals("prism.v4.error.AppMessage", union.message().objectType());
    assertEquals(MessageChoice.Kind.MESSAGE, message("{}").kind());
  }

  @Test
  void anObjectWithoutObjectTypeIsUnknownWithSeveralModelsAndNoMap() {
    assertInstanceOf(Map.class, unknown("entity", "{\"name\":\"abc\"}").value());
    assertEquals(Map.of(), unknown("entity", "{}").value());
    assertInstanceOf(Map.class, unknown("ratio", "{\"a\":\"b\"}").value());
  }

  @Test
  void anObjectWithAnUnknownObjectTypeIsUnknownAndWrittenBackByteForByte() {
    String value = "{\"zeta\":1,\"$objectType\":\"common.v1.config.KVPairV2\",\"alpha\":[1.50,-0,1e400,\"\u00e9\\\"\"],"
        + "\"nested\":{\"b\":null,\"a\":{\"$objectType\":\"test.Measure\"}},\"big\":123456789012345678901234567890}";
    ApiUnion union = unknown("entity", value);
    Map<?, ?> map = assertInstanceOf(Map.class, union.value());
    assertEquals(List.of("zeta", "$objectType", "alpha", "nested", "big"), List.copyOf(map.keySet()));
    assertEquals("common.v1.config.KVPairV2", map.get("$objectType"));

    unknown("entity", "{\"$objectType\":\"common.v1.config.KVPairV2\",\"name\":\"x\"}");
    unknown("message", "{\"$objectType\":\"prism.v4.error.AppMessageV2\"}");
    unknown("message", "[{\"$objectType\":\"prism.v4.error.AppMessageV2\"},{}]");
  }

  @Test
  void aModelVariantIsValidatedWithItsPathThroughTheProperty() {
    JacksonException e = readFails(
        "{\"entity\":{\"$objectType\":\"common.v1.config.KVPair\",\"name\":\"ab\"}}", UnionHolder.class);
    assertTrue(e.getMessage().contains("`entity.name`"), e.getMessage());
    assertInstanceOf(ModelValidationException.class, e.getCause());

    JacksonException later = readFails(
        "{\"entities\":{\"k\":[{\"name\":\"abc\",\"$objectType\":\"common.v1.config.KVPair\"},{\"name\":\"x\"}]}}",
        UnionHolder.class);
    assertTrue(later.getMessage().contains("`entities[k][1].name`"), later.getMessage());
    assertInstanceOf(ModelValidationException.class, later.getCause());
  }

  // ---- null, lists and maps of unions ----------------------------------------------------------

  @Test
  void jsonNullMakesThePropertyNull() {
    UnionHolder holder = read("{\"scalar\":null,\"ratio\":null,\"message\":null,\"entity\":null}", UnionHolder.class);
    assertNull(holder.scalar());
    assertNull(holder.ratio());
    assertNull(holder.message());
    assertNull(holder.entity());
    assertEquals("{}", write(holder));
  }

  @Test
  void listsAndMapsOfUnionsDispatchEachItem() {
    UnionHolder holder = read("{\"scalars\":[\"a\",1,2147483648,1.5,true,[\"w\"],[3],{\"k\":\"v\"},{\"$objectType\":\"n.X\"}],"
        + "\"entities\":{\"p\":{\"$objectType\":\"common.v1.config.KVPair\",\"name\":\"abc\"},\"u\":[]},"
        + "\"messages\":[{},[]]}", UnionHolder.class);
    assertEquals(List.of("TEXT", "SMALL", "BIG", "EXACT", "FLAG", "WORDS", "NUMBERS", "LABELS", "UNKNOWN"),
        holder.scalars().stream().map(u -> u.kind().name()).toList());
    assertEquals(EntityChoice.Kind.PAIR, holder.entities().get("p").kind());
    assertEquals(EntityChoice.Kind.UNKNOWN, holder.entities().get("u").kind());
    assertEquals(List.of(MessageChoice.Kind.MESSAGE, MessageChoice.Kind.MESSAGES),
        holder.messages().stream().map(MessageChoice::kind).toList());
    assertEquals(holder, read(write(holder), UnionHolder.class));
  }

  // ---- Items of the wrong JSON type ------------------------------------------------------------

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "{\"scalar\":[\"a\",1]}                                                   | scalar[1]",
    "{\"scalar\":[1,\"a\"]}                                                   | scalar[1]",
    "{\"scalar\":[1,2,1.5]}                                                   | scalar[2]",
    "{\"scalar\":[1,9223372036854775808]}                                     | scalar[1]",
    "{\"scalar\":{\"a\":1}}                                                   | scalar[a]",
    "{\"ratio\":[true,\"false\"]}                                             | ratio[1]",
    "{\"message\":[{\"message\":\"m\"},\"x\"]}                                | message[1]",
    "{\"message\":[{},[]]}                                                    | message[1]",
    "{\"entity\":[{\"$objectType\":\"test.Measure\"},{\"amount\":\"1\"}]}     | entity[1].amount",
    "{\"scalars\":[1,[\"a\",{}]]}                                             | scalars[1][1]",
    "{\"entities\":{\"k\":[{\"$objectType\":\"test.Measure\"},5]}}            | entities[k][1]",
    "{\"messages\":[[{}],[{},null,1]]}                                        | messages[1][2]"
  })
  void anItemOfTheWrongTypeAfterTheFirstFailsWithItsPath(String json, String path) {
    JacksonException e = readFails(json, UnionHolder.class);
    assertTrue(e.getMessage().contains("`" + path + "`"), () -> "no `" + path + "` in: " + e.getMessage());
  }

  @Test
  void anEnvelopesTaskListWithAnItemOfTheWrongTypeFailsWithItsPath() {
    String json = "{\"data\":[{\"$objectType\":\"prism.v4.config.Task\",\"extId\":null},5]}";
    JacksonException e = readFails(json, ListTasksApiResponse.class);
    assertTrue(e.getMessage().contains("`data[1]`"), e.getMessage());

    ListTasksApiResponse ok = read("{\"data\":[{\"$objectType\":\"prism.v4.config.Task\"},{}]}", ListTasksApiResponse.class);
    assertEquals(ListTasksApiResponseData.Kind.TASKS, ok.data().kind());
    assertEquals(2, ok.data().tasks().size());
  }

  // ---- Duplicates ------------------------------------------------------------------------------

  /** Reading an UNKNOWN value from the copy of its object fails as any read does: a Jackson exception with the path. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "{\"entity\":{\"a\":1,\"a\":2}}                                       | entity[a]",
    "{\"entity\":{\"a\":1,\"$objectType\":\"n.X\",\"a\":2}}            | entity[a]",
    "{\"entity\":{\"a\":1,\"$objectType\":\"n.X\",\"$objectType\":1}}  | entity[$objectType]",
    "{\"scalars\":[{\"a\":\"1\",\"$objectType\":\"n.X\",\"a\":2}]}  | scalars[0][a]",
    "{\"entity\":[{\"a\":1,\"a\":2}]}                                     | entity[0][a]"
  })
  void aDuplicateMemberInAnUnknownObjectFailsWithItsPath(String json, String path) {
    JacksonException e = readFails(json, UnionHolder.class);
    assertTrue(e.getMessage().contains("`" + path + "`: duplicate member"), e.getMessage());
  }

  @Test
  void aDuplicateMemberInAnEnvelopesUnknownDataFailsWithItsPath() {
    JacksonException e = readFails("{\"data\":{\"x\":1,\"$objectType\":\"prism.v4.config.TaskV2\",\"x\":2}}",
        io.apimodel.sample.prism.v4.config.GetTaskApiResponse.class);
    assertTrue(e.getMessage().contains("`data[x]`: duplicate member"), e.getMessage());
  }

  /**
   * A second {@code $objectType} is a duplicate member whether the first one came first (the union
   * takes it before the model reads on) or later, into a property or among the unknown fields.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "{\"entity\":{\"$objectType\":\"test.Measure\",\"$objectType\":\"prism.v4.config.Task\"}}           | entity",
    "{\"entity\":{\"$objectType\":\"test.Measure\",\"amount\":1,\"$objectType\":\"test.Measure\"}}    | entity",
    "{\"entity\":{\"amount\":1,\"$objectType\":\"test.Measure\",\"$objectType\":\"x\"}}               | entity",
    "{\"entity\":{\"$objectType\":\"common.v1.config.KVPair\",\"$objectType\":\"common.v1.config.KVPair\"}} | entity",
    "{\"entity\":{\"$objectType\":\"common.v1.config.KVPair\",\"name\":\"abc\",\"$objectType\":null}}  | entity",
    "{\"entity\":[{\"$objectType\":\"test.Measure\",\"$objectType\":\"test.Measure\"}]}                 | entity[0]",
    "{\"message\":{\"$objectType\":\"prism.v4.error.AppMessage\",\"message\":\"m\",\"$objectType\":\"x\"}} | message",
    "{\"message\":[{},{\"$objectType\":\"prism.v4.error.AppMessage\",\"$objectType\":\"x\"}]}            | message[1]"
  })
  void aSecondObjectTypeIsADuplicateMember(String json, String object) {
    JacksonException e = readFails(json, UnionHolder.class);
    assertTrue(e.getMessage().contains("Invalid JSON at `" + object), e.getMessage());
    assertTrue(e.getMessage().contains("duplicate member \"$objectType\""), e.getMessage());
  }

  @Test
  void aSecondObjectTypeInAnEnvelopesDataIsADuplicateMember() {
    JacksonException e = readFails(
        "{\"data\":{\"$objectType\":\"prism.v4.config.Task\",\"extId\":null,\"$objectType\":\"prism.v4.config.TaskV2\"}}",
        io.apimodel.sample.prism.v4.config.GetTaskApiResponse.class);
    assertTrue(e.getMessage().contains("`data.$objectType`: duplicate member"), e.getMessage());
  }

  /**
   * An object whose first member is an {@code $objectType} the union does not take is read from
   * its copy, and what fails inside it has the object's path, as when the member comes later (and
   * alike in both mappings: the envelopes' classes have the annotation-driven one in
   * apimodel-sample-annotations-only).
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "{\"entity\":{\"$objectType\":\"n.X\",\"x\":{\"a\":1,\"a\":2}}}        | entity[x][a]",
    "{\"entity\":{\"$objectType\":1,\"x\":{\"a\":1,\"a\":2}}}                | entity[x][a]",
    "{\"entity\":{\"$objectType\":null,\"x\":{\"a\":1,\"a\":2}}}             | entity[x][a]",
    "{\"entity\":{\"$objectType\":{\"b\":[]},\"x\":{\"a\":1,\"a\":2}}}     | entity[x][a]",
    "{\"entity\":{\"$objectType\":[{}],\"x\":{\"a\":1,\"a\":2}}}             | entity[x][a]",
    "{\"entity\":{\"x\":{\"a\":1,\"a\":2},\"$objectType\":\"n.X\"}}        | entity[x][a]",
    "{\"entity\":[{\"$objectType\":1,\"x\":{\"a\":1,\"a\":2}}]}              | entity[0][x][a]",
    "{\"entities\":{\"k\":{\"$objectType\":[],\"x\":{\"a\":1,\"a\":2}}}}   | entities[k][x][a]"
  })
  void aFailureInsideAnObjectWhoseObjectTypeIsNotTakenHasTheObjectsPath(String json, String path) {
    JacksonException e = readFails(json, UnionHolder.class);
    assertTrue(e.getMessage().contains("`" + path + "`: duplicate member"), e.getMessage());

    String envelope = json.replaceFirst("^\\{\"entit(y|ies)\":(\\{\"k\":)?", "{\"data\":");
    JacksonException inEnvelope = readFails(envelope, io.apimodel.sample.prism.v4.config.GetTaskApiResponse.class);
    String dataPath = path.replaceFirst("^entit(y|ies)(\\[k\\])?", "data");
    assertTrue(inEnvelope.getMessage().contains("`" + dataPath + "`: duplicate member"), inEnvelope.getMessage());
  }

  // ---- Deep values -----------------------------------------------------------------------------

  /**
   * With Jackson's nesting limits raised (the default stops at 1,000), an UNKNOWN value or an
   * untyped member 3,000 levels deep is read, and written back as it was read without recursion:
   * the write runs in a thread with a small stack (256 KB) that a write by recursion overflows.
   */
  @ParameterizedTest
  @ValueSource(strings = {"scalar", "entity", "scalars", "entities", "messages"})
  void aDeepUnknownValueIsWrittenBackAsItWasRead(String property) throws Exception {
    ObjectMapper deep = JsonMapper.builder(JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(20_000).build())
        .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(20_000).build())
        .build()).build();
    int depth = 3_000;
    String arrays = "[".repeat(depth) + "]".repeat(depth);
    String objects = "{\"a\":".repeat(depth) + "[1]" + "}".repeat(depth);
    String value = switch (property) {
      case "entity" -> objects;
      case "scalars" -> "[" + arrays + ",{\"$objectType\":\"n.X\",\"a\":" + objects + "}]";
      case "entities" -> "{\"k\":" + objects + "}";
      case "messages" -> "[[{\"$objectType\":\"n.X\",\"a\":" + arrays + "}]]";
      default -> arrays;
    };
    String json = "{\"" + property + "\":" + value + "}";
    String measure = "{\"reading\":" + objects + "}";

    UnionHolder holder = deep.readValue(json, UnionHolder.class);
    Measure read = deep.readValue(measure, Measure.class);

    String written = inSmallStack(() -> deep.writeValueAsString(holder));
    assertTrue(json.equals(written), "not written back as read");
    assertEquals(holder, deep.readValue(written, UnionHolder.class));
    assertTrue(measure.equals(inSmallStack(() -> deep.writeValueAsString(read))), "not written back as read");
  }

  /** Runs {@code task} in a thread whose stack is 256 KB. */
  private static String inSmallStack(Callable<String> task) throws Exception {
    AtomicReference<Object> result = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        result.set(task.call());
      } catch (Throwable e) {
        result.set(e);
      }
    }, "small stack", 256 * 1024);
    thread.start();
    thread.join();
    if (result.get() instanceof Throwable e) {
      throw new AssertionError("the write failed: " + e, e);
    }
    return (String) result.get();
  }
}
