package io.apimodel.sample.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.filter.FilteringParserDelegate;
import com.fasterxml.jackson.core.filter.JsonPointerBasedFilter;
import com.fasterxml.jackson.core.filter.TokenFilter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.apimodel.runtime.ApiUnion;
import io.apimodel.runtime.ModelValidationException;
import io.apimodel.sample.prism.v4.config.GetTaskApiResponse;
import io.apimodel.sample.prism.v4.config.ListTasksApiResponse;
import io.apimodel.sample.prism.v4.error.ErrorResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * SPEC §8 against malformed and surprising input: documents put together from every union position
 * (the envelopes' {@code data}, {@code ErrorResponse.error} inside one, the test unions of
 * {@link UnionHolderModel} alone, in a list and in a map) and values that a union's reader must
 * tell apart or refuse: each JSON type against every variant, {@code $objectType} of every kind and
 * of another variant, at the first or the last position or twice, empty and odd arrays, truncated
 * documents, deep nesting, edge numbers and escapes. Each document either fails with a Jackson
 * exception naming a path (a truncated one, which Jackson's parser refuses first: its location), the
 * {@code ModelValidationException} as direct cause of an invalid one, or reads, and then writes and reads again to an equal object, an {@code UNKNOWN}
 * union written back as it was read. Never a NullPointerException, ClassCastException,
 * StackOverflowError, IndexOutOfBoundsException or IllegalStateException.
 */
class UnionMalformedTest {

  /** Our path ({@code Invalid JSON at `data[1]`}, {@code Invalid value for `data.extId`}) or Jackson's location. */
  private static final Pattern PATH_OR_LOCATION =
      Pattern.compile("(Invalid JSON at|Invalid value for) `[^`]*`|line: \\d+");

  private static final Pattern PATH = Pattern.compile("(Invalid JSON at|Invalid value for) `[^`]*`");

  /** How the documents fared, for the log. */
  private static final Map<String, Integer> OUTCOMES = new ConcurrentSkipListMap<>();

  private static final List<Class<? extends Throwable>> FORBIDDEN = List.of(
      NullPointerException.class, ClassCastException.class, StackOverflowError.class,
      IndexOutOfBoundsException.class, IllegalStateException.class);

  /** Nesting as deep as the deep documents, for reads and writes that get past Jackson's default limit. */
  private static final ObjectMapper DEEP = deepMapper();

  /** For comparing an {@code UNKNOWN} value as read and as written, token by token: deep nesting allowed. */
  private static final JsonFactory TOKENS = DEEP.getFactory();

  /** How deep the deep documents nest: past Jackson's default limit of 1,000. */
  private static final int DEPTH = 5_000;

  /**
   * How deep the deep documents that {@link #DEEP} reads nest: well within what the recursive walks
   * over a read value (validation, equals) take on a default thread stack.
   */
  private static final int DEEP_READ = 2_000;

  private static ObjectMapper deepMapper() {
    return JsonMapper.builder(JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(4 * DEPTH).build())
        .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(4 * DEPTH).build())
        .build()).build();
  }

  /**
   * The tokens of the value at {@code pointer}, each with its text as written (numbers exactly as
   * in the input), members in order.
   */
  private static List<String> tokensAt(String json, String pointer) throws IOException {
    List<String> out = new ArrayList<>();
    try (JsonParser p = new FilteringParserDelegate(TOKENS.createParser(json), new JsonPointerBasedFilter(pointer),
        TokenFilter.Inclusion.ONLY_INCLUDE_ALL, false)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        out.add(t + " " + p.getText());
      }
    }
    return out;
  }

  /** Where a union sits: how a value becomes a document, and how to find the union in what was read. */
  record Position(String name, Class<?> type, String pointer, UnaryOperator<String> document,
      Function<Object, Object> union) {}

  /** One document, read as {@code position.type()} by {@code mapper}. */
  record Doc(String name, Position position, String json, ObjectMapper mapper) {}

  private static final String TASK = "prism.v4.config.Task";
  private static final String ERROR_RESPONSE = "prism.v4.error.ErrorResponse";

  /** Every discriminator of the unions under test, and one that none has. */
  private static final List<String> DISCRIMINATORS = List.of(
      TASK, ERROR_RESPONSE, "prism.v4.error.AppMessage", "prism.v4.error.SchemaValidationError",
      "common.v1.config.KVPair", "test.Measure", "prism.v4.config.TaskV2");

  static List<Position> positions() {
    return List.of(
        new Position("GetTaskApiResponse.data", GetTaskApiResponse.class, "/data",
            v -> "{\"data\":" + v + "}", o -> ((GetTaskApiResponse) o).data()),
        new Position("GetTaskApiResponse.data.error ($objectType first)", GetTaskApiResponse.class, "/data/error",
            v -> "{\"data\":{\"$objectType\":\"" + ERROR_RESPONSE + "\",\"error\":" + v + "}}",
            o -> errorOf(((GetTaskApiResponse) o).data().errorResponse())),
        new Position("GetTaskApiResponse.data.error ($objectType last)", GetTaskApiResponse.class, "/data/error",
            v -> "{\"data\":{\"error\":" + v + ",\"$reserved\":{\"$fv\":\"v4.r0.b1\"},\"$objectType\":\"" + ERROR_RESPONSE + "\"}}",
            o -> errorOf(((GetTaskApiResponse) o).data().errorResponse())),
        new Position("ListTasksApiResponse.data", ListTasksApiResponse.class, "/data",
            v -> "{\"data\":" + v + "}", o -> ((ListTasksApiResponse) o).data()),
        new Position("ListTasksApiResponse.data.error (no $objectType)", ListTasksApiResponse.class, "/data/error",
            v -> "{\"data\":{\"error\":" + v + "}}", o -> errorOf(((ListTasksApiResponse) o).data().errorResponse())),
        new Position("UnionHolder.scalar", UnionHolder.class, "/scalar",
            v -> "{\"scalar\":" + v + "}", o -> ((UnionHolder) o).scalar()),
        new Position("UnionHolder.ratio", UnionHolder.class, "/ratio",
            v -> "{\"ratio\":" + v + "}", o -> ((UnionHolder) o).ratio()),
        new Position("UnionHolder.message", UnionHolder.class, "/message",
            v -> "{\"message\":" + v + "}", o -> ((UnionHolder) o).message()),
        new Position("UnionHolder.entity", UnionHolder.class, "/entity",
            v -> "{\"entity\":" + v + "}", o -> ((UnionHolder) o).entity()),
        new Position("UnionHolder.scalars[1]", UnionHolder.class, "/scalars/1",
            v -> "{\"scalars\":[\"x\"," + v + ",\"y\"]}", o -> item(((UnionHolder) o).scalars(), 1)),
        new Position("UnionHolder.entities[k]", UnionHolder.class, "/entities/k",
            v -> "{\"entities\":{\"a\":{\"$objectType\":\"test.Measure\"},\"k\":" + v + "}}",
            o -> ((UnionHolder) o).entities() == null ? null : ((UnionHolder) o).entities().get("k")),
        new Position("UnionHolder.messages[0]", UnionHolder.class, "/messages/0",
            v -> "{\"messages\":[" + v + "]}", o -> item(((UnionHolder) o).messages(), 0)));
  }

  private static Object errorOf(ErrorResponse response) {
    return response == null ? null : response.error();
  }

  private static Object item(List<?> list, int index) {
    return list == null || list.size() <= index ? null : list.get(index);
  }

  // ---- The documents ---------------------------------------------------------------------------

  static List<Doc> documents() {
    List<Doc> out = new ArrayList<>();
    Set<String> values = values();
    for (Position position : positions()) {
      for (String value : values) {
        out.add(new Doc(position.name() + " = " + shorten(value), position, position.document().apply(value), Json.MAPPER));
      }
      addDeep(position, out);
      addTruncated(position, out);
    }
    return out;
  }

  /** The values put at every position. */
  static Set<String> values() {
    Set<String> out = new LinkedHashSet<>();
    // Every JSON type, for every variant; edge numbers; escapes.
    out.addAll(List.of(
        "null", "true", "false", "\"\"", "\"text\"", "\"\\u0000\\ud83d\\ude00\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "\"\\ud800\"",
        "\"" + TASK + "\"", "0", "-0", "1", "-1", "42", "2147483647", "2147483648", "-2147483649",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "9007199254740993",
        "123456789012345678901234567890", "9".repeat(400), "-1" + "0".repeat(999), "0.5", "-0.0", "1e3", "1E+2",
        "1e400", "-1e400", "1e-400", "4.9e-324", "1.7976931348623157e308", "1e-2147483648", "1E+2147483647",
        "0." + "0".repeat(300) + "1"));
    // Arrays: empty, nulls, first item of every type, items of mixed types.
    out.addAll(List.of(
        "[]", "[null]", "[null,1]", "[1,null]", "[\"a\",null]", "[true,null]", "[[]]", "[[1]]", "[[],\"a\"]", "[{}]",
        "[{},{}]", "[{},null]", "[{},1]", "[{},[]]", "[1,\"a\"]", "[\"a\",1]", "[\"a\",\"b\"]", "[1,2]", "[true,1]",
        "[true,false]", "[1.5,2]", "[1,1.5]", "[-0]", "[1e400]", "[9223372036854775808]", "[9223372036854775807,1]",
        "[\"a\",[\"b\"]]", "[1,{}]", "[{\"a\":\"b\"}]", "[{\"message\":\"m\"},{\"message\":5}]"));
    // Objects: empty, without $objectType, duplicate members, members of the wrong type.
    out.addAll(List.of(
        "{}", "{\"a\":\"b\"}", "{\"a\":1}", "{\"a\":null}", "{\"a\":\"1\",\"a\":\"2\"}", "{\"a\":{}}", "{\"a\":[]}",
        "{\"\":\"\"}", "{\"message\":\"m\",\"severity\":\"ERROR\"}", "{\"message\":[]}", "{\"name\":\"abc\",\"value\":1}",
        "{\"extId\":5}", "{\"error\":\"x\"}", "{\"$reserved\":{\"$fv\":1}}", "{\"$reserved\":null}",
        "{\"$objectTyp\":\"" + TASK + "\"}", "{\"$OBJECTTYPE\":\"" + TASK + "\"}", "{\"data\":{\"$objectType\":\"" + TASK + "\"}}"));
    // $objectType that is not a string, first, last, and next to a good one.
    List<String> wrongKinds = List.of("1", "-0", "1e400", "{}", "{\"$objectType\":\"" + TASK + "\"}", "[]",
        "[\"" + TASK + "\"]", "null", "true", "false", "\"\"");
    for (String wrong : wrongKinds) {
      out.add("{\"$objectType\":" + wrong + "}");
      out.add("{\"a\":\"1\",\"$objectType\":" + wrong + "}");
      out.add("{\"$objectType\":" + wrong + ",\"a\":\"1\"}");
      out.add("[{\"$objectType\":" + wrong + "}]");
      out.add("[{\"a\":1,\"$objectType\":" + wrong + "},{}]");
      out.add("{\"$objectType\":" + wrong + ",\"$objectType\":\"" + TASK + "\"}");
      out.add("{\"$objectType\":\"" + TASK + "\",\"$objectType\":" + wrong + "}");
      out.add("{\"a\":\"1\",\"$objectType\":\"" + TASK + "\",\"$objectType\":" + wrong + "}");
    }
    // Every discriminator on objects and on arrays' items: first, last, twice, items after it of every kind.
    for (String d : DISCRIMINATORS) {
      String other = d.equals(TASK) ? ERROR_RESPONSE : TASK;
      String is = "\"$objectType\":\"" + d + "\"";
      out.addAll(List.of(
          "{" + is + "}",
          "{" + is + ",\"extra\":[1,{\"a\":null}],\"$reserved\":{\"$fv\":\"v\"}}",
          "{\"extra\":{\"$objectType\":\"" + other + "\"}," + is + "}",
          "{\"name\":\"abc\",\"message\":\"m\"," + is + ",\"value\":-0}",
          "{" + is + "," + is + "}",
          "{\"extra\":1," + is + "," + is + "}",
          "{" + is + ",\"extra\":1," + is + "}",
          "{" + is + ",\"$objectType\":\"" + other + "\"}",
          "{\"extra\":1," + is + ",\"$objectType\":\"" + other + "\"}",
          "{" + is + ",\"$reserved\":{\"$fv\":1}}",
          "{\"$reserved\":\"x\"," + is + "}",
          "{" + is + ",\"extId\":[],\"name\":{},\"message\":1,\"error\":7,\"amount\":\"1\"}",
          "{" + is.replace("$objectType", "$objectType\\u0000") + "}",
          "[{" + is + "}]",
          "[{\"extra\":true," + is + "},{}]",
          "[{" + is + "},null]",
          "[{" + is + "},1]",
          "[{" + is + "},\"a\"]",
          "[{" + is + "},[]]",
          "[{" + is + "},{\"$objectType\":\"" + other + "\"}]",
          "[{" + is + "},{" + is + "," + is + "}]",
          "[{},{" + is + "}]",
          "[null,{" + is + "}]",
          "[[{" + is + "}]]",
          "[{" + is + "," + is + "}]"));
    }
    // A discriminator spelt with escapes is the same string.
    out.add("{\"$objectType\":\"prism.v4.config.T\\u0061sk\"}");
    out.add("{\"$objectType\":\"prism.v4.error.App\\u004dessage\",\"message\":\"m\"}");
    out.add("[{\"a\":1,\"$objectType\":\"prism.v4.error.App\\u004dessage\"}]");
    out.add("{\"$objectType\":\"" + TASK + "\\u0000\"}");
    out.add("{\"$objectType\":\"" + TASK + " \"}");
    return out;
  }

  /**
   * Nesting 5,000 deep as the union's value, past Jackson's default limit; and 2,000 deep, read by a
   * mapper whose limits let it through ({@link #DEEP}).
   */
  private static void addDeep(Position position, List<Doc> out) {
    List<String> tooDeep = deepValues(DEPTH);
    List<String> deep = deepValues(DEEP_READ);
    for (int i = 0; i < deep.size(); i++) {
      out.add(new Doc(position.name() + " = deep #" + i, position, position.document().apply(tooDeep.get(i)), Json.MAPPER));
      out.add(new Doc(position.name() + " = deep #" + i + ", nesting allowed", position,
          position.document().apply(deep.get(i)), DEEP));
    }
  }

  private static List<String> deepValues(int depth) {
    String arrays = "[".repeat(depth) + "]".repeat(depth);
    String objects = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    return List.of(
        arrays, objects,
        "[" + arrays + "]",
        "{\"x\":" + arrays + ",\"$objectType\":\"" + TASK + "\"}",
        "{\"$objectType\":\"" + TASK + "\",\"x\":" + objects + "}",
        "{\"x\":" + objects + ",\"$objectType\":\"prism.v4.config.TaskV2\"}",
        "{\"$objectType\":" + arrays + ",\"x\":1}",
        "[{\"$objectType\":\"prism.v4.error.AppMessage\",\"x\":" + arrays + "}," + objects + "]",
        "[{\"x\":" + objects + ",\"$objectType\":\"test.Measure\"},{\"reading\":" + arrays + "}]");
  }

  /** A document with a union that reads, cut short at many places. */
  private static void addTruncated(Position position, List<Doc> out) {
    String value = switch (position.name().substring(0, position.name().indexOf('.'))) {
      case "UnionHolder" -> "[{\"name\":\"abc\",\"value\":[1,\"x\"],\"$objectType\":\"common.v1.config.KVPair\"},{\"name\":\"d\\u00e9f\"}]";
      default -> "{\"message\":\"m\",\"severity\":\"ERROR\",\"$objectType\":\"prism.v4.error.AppMessage\"}";
    };
    String json = position.document().apply(position.name().contains(".error") ? "[" + value + "]" : value);
    for (int cut = 1; cut < json.length(); cut += 9) {
      out.add(new Doc(position.name() + " truncated at " + cut, position, json.substring(0, cut), Json.MAPPER));
    }
    out.add(new Doc(position.name() + " truncated before its last }", position, json.substring(0, json.length() - 1),
        Json.MAPPER));
  }

  private static String shorten(String json) {
    return json.length() > 120 ? json.substring(0, 120) + "... (" + json.length() + " chars)" : json;
  }

  // ---- The tests -------------------------------------------------------------------------------

  @Test
  void atLeast150DocumentsAreGenerated() {
    List<Doc> docs = documents();
    assertTrue(docs.size() >= 150, "only " + docs.size());
    assertEquals(docs.size(), docs.stream().map(Doc::name).distinct().count(), "documents with the same name");
  }

  @TestFactory
  Stream<DynamicTest> eachDocumentFailsCleanlyOrReadsAndRoundTrips() {
    return documents().stream().map(d -> DynamicTest.dynamicTest(d.name(), () -> judge(d)));
  }

  @AfterAll
  static void printOutcomes() {
    System.out.println("UnionMalformedTest: " + OUTCOMES);
  }

  /** The comparison of UNKNOWN values sees numbers as written and members in order. */
  @Test
  void tokensAtKeepNumbersAsWrittenAndMembersInOrder() throws IOException {
    assertEquals(List.of("START_ARRAY [", "VALUE_NUMBER_FLOAT 1.50", "VALUE_NUMBER_INT -0", "END_ARRAY ]"),
        tokensAt("{\"a\":{\"b\":[1.50,-0]}}", "/a/b"));
    assertEquals(List.of("START_OBJECT {", "FIELD_NAME y", "VALUE_NULL null", "FIELD_NAME x", "VALUE_NUMBER_FLOAT 1e400",
        "END_OBJECT }"), tokensAt("{\"l\":[0,{\"y\":null,\"x\":1e400}]}", "/l/1"));
  }

  /** The check itself fails for what must not escape, even wrapped by Jackson. */
  @Test
  void theCheckRejectsWhatMustNotEscape() {
    Doc doc = documents().get(0);
    assertThrows(AssertionError.class, () -> checkFailure(doc, new NullPointerException("line: 1")));
    assertThrows(AssertionError.class, () -> checkFailure(doc,
        new com.fasterxml.jackson.core.JsonParseException(null, "Invalid JSON at `data`: x", new ClassCastException())));
    assertThrows(AssertionError.class, () -> checkFailure(doc,
        new com.fasterxml.jackson.core.JsonParseException(null, "no path here")));
    assertThrows(AssertionError.class, () -> checkFailure(doc,
        new com.fasterxml.jackson.core.JsonParseException(null, "a location only, line: 1, column: 2")));
    assertThrows(AssertionError.class, () -> checkFailure(doc, new StackOverflowError()));
  }

  private static void judge(Doc doc) throws Exception {
    Object first;
    try {
      first = doc.mapper().readValue(doc.json(), doc.position().type());
    } catch (Throwable e) {
      checkFailure(doc, e);
      OUTCOMES.merge(PATH.matcher(String.valueOf(e.getMessage())).find() ? "failed, with a path" : "failed, with a location",
          1, Integer::sum);
      return;
    }
    assertNotNull(first, doc.name());
    String written;
    Object second;
    try {
      written = doc.mapper().writeValueAsString(first);
      second = doc.mapper().readValue(written, doc.position().type());
    } catch (Throwable e) {
      fail(doc.name() + ": read, but write and re-read failed:\n" + trace(e) + "\ninput: " + shorten(doc.json()));
      return;
    }
    assertEquals(first, second, () -> doc.name() + ": re-read differs; wrote " + shorten(written));
    Object union = doc.position().union().apply(first);
    OUTCOMES.merge("read, " + (union instanceof ApiUnion u ? u.kind().name() : "no union"), 1, Integer::sum);
    if (union instanceof ApiUnion u && u.kind().name().equals("UNKNOWN")) {
      assertEquals(tokensAt(doc.json(), doc.position().pointer()), tokensAt(written, doc.position().pointer()),
          () -> doc.name() + ": UNKNOWN not written back as read; wrote " + shorten(written));
    }
  }

  /**
   * A Jackson exception naming a path (a truncated document: a path or Jackson's location), with only
   * Jackson exceptions in its cause chain or the {@code ModelValidationException} as its direct
   * cause; none of {@link #FORBIDDEN} anywhere.
   */
  private static void checkFailure(Doc doc, Throwable thrown) {
    String trace = trace(thrown);
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      for (Class<? extends Throwable> forbidden : FORBIDDEN) {
        Throwable found = t;
        assertTrue(!forbidden.isInstance(found),
            () -> doc.name() + ": " + forbidden.getSimpleName() + " in the cause chain:\n" + trace + "\ninput: " + shorten(doc.json()));
      }
    }
    assertTrue(thrown instanceof JacksonException,
        () -> doc.name() + ": not a Jackson exception:\n" + trace + "\ninput: " + shorten(doc.json()));
    String message = String.valueOf(thrown.getMessage());
    assertTrue(PATH_OR_LOCATION.matcher(message).find(),
        () -> doc.name() + ": neither a path nor a location in: " + message);
    assertTrue(doc.name().contains(" truncated ") || PATH.matcher(message).find(),
        () -> doc.name() + ": no path in: " + message);
    Throwable cause = thrown.getCause();
    if (cause instanceof ModelValidationException invalid) {
      assertTrue(invalid.getCause() == null, () -> doc.name() + ": the ModelValidationException has a cause:\n" + trace);
      return;
    }
    for (Throwable t = cause; t != null; t = t.getCause()) {
      Throwable found = t;
      assertTrue(found instanceof JacksonException,
          () -> doc.name() + ": caused by " + found.getClass().getName() + ":\n" + trace);
    }
  }

  private static String trace(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    String text = out.toString();
    return text.length() > 4000 ? text.substring(0, 4000) + "..." : text;
  }
}
