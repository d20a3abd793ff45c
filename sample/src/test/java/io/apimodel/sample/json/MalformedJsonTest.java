package io.apimodel.sample.json;

import static io.apimodel.sample.json.Json.MAPPER;
import static io.apimodel.sample.json.Json.resource;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.Violation;
import io.apimodel.sample.prism.v4.config.Task;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

/**
 * Issue 4, point 5: bad input never escapes as a NullPointerException, ClassCastException,
 * StackOverflowError or a half-built object. Several hundred malformed documents, generated from
 * the large fixture, must each fail with a Jackson exception (or a ModelValidationException) whose
 * message carries a location or a JSON path.
 */
class MalformedJsonTest {

  private static final String LARGE = "fixtures/bench/task-large.json";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * Jackson's location ("line: 3, column: 17", or "line: 1" for an empty document) or its reference
   * chain.
   */
  private static final Pattern LOCATION = Pattern.compile("line: \\d+|through reference chain");

  /** Our path, as the generated reader and the validation messages write it. */
  private static final Pattern PATH =
      Pattern.compile("(Invalid JSON at|Invalid value for) `[^`]+`");

  /** What a malformed document must fail with, beyond the common checks. */
  enum Expect {
    /** a location or a path in the message */
    LOCATION,
    /** the given JSON path in the message */
    PATH,
    /** the given path in the message, and a ModelValidationException reporting it */
    VIOLATION
  }

  /** One malformed document. */
  record Case(String name, String json, Expect expect, String path) {}

  @TestFactory
  Stream<DynamicTest> malformedDocumentsFailWithAJacksonExceptionAndAPath() {
    return cases().stream()
        .map(c -> DynamicTest.dynamicTest(c.name(), () -> assertFailsCleanly(c, MAPPER)));
  }

  @Test
  void atLeast200MalformedDocumentsAreGenerated() {
    List<Case> cases = cases();
    long truncated = cases.stream().filter(c -> c.name().startsWith("truncated")).count();
    long wrongTypes = cases.stream().filter(c -> c.name().startsWith("wrong type")).count();

    assertTrue(cases.size() >= 200, "only " + cases.size());
    assertTrue(truncated >= 100, "truncated: " + truncated);
    assertTrue(wrongTypes >= 300, "wrong types: " + wrongTypes);
  }

  /**
   * Duplicate member names are malformed input too (RFC 8259 says names SHOULD be unique; a reader
   * that keeps one of them silently loses data). A plain ObjectMapper keeps the last one.
   */
  @Test
  void duplicateKeysAreRejected() {
    assertAll(
        duplicateKeyCases().stream().map(c -> (Executable) () -> assertFailsCleanly(c, MAPPER)));
  }

  /** The one-line set-up that makes Jackson itself reject duplicate member names. */
  @Test
  void duplicateKeysAreRejectedWithStrictDuplicateDetection() {
    ObjectMapper strict =
        JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    assertAll(
        duplicateKeyCases().stream().map(c -> (Executable) () -> assertFailsCleanly(c, strict)));
  }

  /** The check itself fails for what must not escape, even wrapped by Jackson. */
  @Test
  void theCheckRejectsWhatMustNotEscape() {
    Case c = new Case("self-test", "{}", Expect.LOCATION, null);
    Throwable npe = new NullPointerException("boom");
    Throwable wrapped =
        ValueInstantiationException.from(
            (JsonParser) null,
            "Cannot construct instance, problem: boom at [Source: x; line: 1, column: 2]",
            MAPPER.constructType(Task.class),
            npe);
    Throwable noLocation =
        new ModelValidationException(List.of(new Violation("x", "no backticks here", null)));
    Throwable otherPath = new JsonParseException(null, "Invalid JSON at `ext`: x");

    assertThrows(AssertionFailedError.class, () -> check(c, npe));
    assertThrows(AssertionFailedError.class, () -> check(c, new ClassCastException("x line: 1")));
    assertThrows(AssertionFailedError.class, () -> check(c, new StackOverflowError()));
    assertThrows(AssertionFailedError.class, () -> check(c, wrapped));
    assertThrows(AssertionFailedError.class, () -> check(c, noLocation));
    assertThrows(
        AssertionFailedError.class,
        () -> check(new Case("self", "{}", Expect.PATH, "extId"), otherPath));
    assertThrows(AssertionFailedError.class, () -> assertFailsCleanly(c, MAPPER));
  }

  // ---------------------------------------------------------------------------------------------
  // The check

  private static void assertFailsCleanly(Case c, ObjectMapper mapper) {
    Task read;
    try {
      read = mapper.readValue(c.json(), Task.class);
    } catch (Throwable t) {
      check(c, t);
      return;
    }
    fail(
        c.name()
            + ": read without an error: "
            + (read == null ? "null" : shorten(Json.write(read)))
            + "\ninput: "
            + shorten(c.json()));
  }

  private static void check(Case c, Throwable thrown) {
    String trace = trace(thrown);
    assertTrue(
        thrown instanceof JacksonException || thrown instanceof ModelValidationException,
        () -> c.name() + ": not a Jackson exception nor a ModelValidationException:\n" + trace);
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      Throwable cause = t;
      assertTrue(
          cause instanceof JacksonException
              || cause instanceof IllegalArgumentException
              || cause instanceof DateTimeException,
          () -> c.name() + ": caused by " + cause.getClass().getName() + ":\n" + trace);
    }
    String message = String.valueOf(thrown.getMessage());
    assertTrue(
        LOCATION.matcher(message).find() || PATH.matcher(message).find(),
        () ->
            c.name()
                + ": no location or path in the message of "
                + thrown.getClass().getName()
                + ": "
                + message);
    if (c.expect() == Expect.PATH || c.expect() == Expect.VIOLATION) {
      assertTrue(
          message.contains("`" + c.path() + "`"),
          () -> c.name() + ": no `" + c.path() + "` in: " + message);
    }
    if (c.expect() == Expect.VIOLATION) {
      ModelValidationException mve =
          thrown instanceof ModelValidationException m
              ? m
              : thrown.getCause() instanceof ModelValidationException m ? m : null;
      assertTrue(
          mve != null, () -> c.name() + ": no ModelValidationException as the cause:\n" + trace);
      assertTrue(
          mve.violations().stream().anyMatch(v -> v.path().equals(c.path())),
          () -> c.name() + ": no violation at " + c.path() + ": " + mve.violations());
    }
  }

  private static String trace(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    String text = out.toString();
    return text.length() > 4000 ? text.substring(0, 4000) + "..." : text;
  }

  private static String shorten(String json) {
    return json.length() > 300 ? json.substring(0, 300) + "..." : json;
  }

  // ---------------------------------------------------------------------------------------------
  // The documents

  static List<Case> cases() {
    List<Case> out = new ArrayList<>();
    String text = resource(LARGE);
    addTruncated(text, out);
    ObjectNode base = (ObjectNode) Json.tree(text);
    base.put("$objectType", "prism.v4.config.Task");
    base.putObject("$reserved").put("$fv", "v4.r0");
    addWrongTypes(base, out);
    addBadNumbers(base, out);
    addBadDates(base, out);
    addDeepNesting(base, out);
    addSyntaxErrors(out);
    return out;
  }

  /** The large fixture cut short at many offsets, inside strings, numbers, literals and between. */
  private static void addTruncated(String text, List<Case> out) {
    int end = text.lastIndexOf('}');
    for (int cut = 0; cut <= end; cut += 17) {
      out.add(truncated(text, cut));
    }
    out.add(truncated(text, end));
  }

  private static Case truncated(String text, int cut) {
    String tail = text.substring(Math.max(0, cut - 16), cut).replace("\n", "\\n");
    return new Case(
        "truncated at " + cut + " (..." + tail + ")", text.substring(0, cut), Expect.LOCATION, null);
  }

  /** Kinds of JSON value, inferred from the fixture's values. */
  enum Kind {
    STRING,
    INTEGER,
    BOOLEAN,
    ARRAY,
    OBJECT
  }

  /** A value in the document: where it is (our path and a JSON Pointer) and what kind it is. */
  record Slot(String path, JsonPointer pointer, Kind kind) {}

  /** Every declared value of the fixture replaced, one at a time, by each JSON type it is not. */
  private static void addWrongTypes(ObjectNode base, List<Case> out) {
    List<Slot> slots = new ArrayList<>();
    collectModel(base, "", "", slots);
    for (Slot slot : slots) {
      for (JsonNode wrong : wrongValues(slot.kind())) {
        out.add(
            new Case(
                "wrong type: " + slot.path() + " = " + wrong,
                replaced(base, slot.pointer(), wrong),
                Expect.PATH,
                slot.path()));
      }
    }
  }

  /** The members of a model object; {@code KVPair.value} (any JSON value) has no wrong type. */
  private static void collectModel(JsonNode object, String path, String pointer, List<Slot> out) {
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> member = it.next();
      String name = member.getKey();
      if (name.equals("value") && path.matches("completionDetails\\[\\d+]")) {
        continue;
      }
      String memberPath = path.isEmpty() ? name : path + "." + name;
      String memberPointer = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
      JsonNode value = member.getValue();
      out.add(new Slot(memberPath, JsonPointer.compile(memberPointer), kindOf(value)));
      if (name.equals("argumentsMap") || name.equals("$reserved")) {
        for (Iterator<Map.Entry<String, JsonNode>> e = value.fields(); e.hasNext(); ) {
          Map.Entry<String, JsonNode> entry = e.next();
          out.add(
              new Slot(
                  memberPath + "[" + entry.getKey() + "]",
                  JsonPointer.compile(memberPointer + "/" + entry.getKey()),
                  kindOf(entry.getValue())));
        }
      } else if (value.isObject()) {
        collectModel(value, memberPath, memberPointer, out);
      } else if (value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          JsonNode item = value.get(i);
          String itemPath = memberPath + "[" + i + "]";
          String itemPointer = memberPointer + "/" + i;
          out.add(new Slot(itemPath, JsonPointer.compile(itemPointer), kindOf(item)));
          if (item.isObject()) {
            collectModel(item, itemPath, itemPointer, out);
          }
        }
      }
    }
  }

  private static Kind kindOf(JsonNode value) {
    if (value.isTextual()) {
      return Kind.STRING;
    } else if (value.isIntegralNumber()) {
      return Kind.INTEGER;
    } else if (value.isBoolean()) {
      return Kind.BOOLEAN;
    } else if (value.isArray()) {
      return Kind.ARRAY;
    } else if (value.isObject()) {
      return Kind.OBJECT;
    }
    throw new IllegalStateException("unexpected value in the fixture: " + value);
  }

  private static List<JsonNode> wrongValues(Kind kind) {
    JsonNode string = NODES.textNode("7");
    JsonNode integer = NODES.numberNode(7);
    JsonNode decimal = NODES.numberNode(2.5);
    JsonNode bool = NODES.booleanNode(true);
    JsonNode array = NODES.arrayNode().add("x");
    ObjectNode object = NODES.objectNode();
    object.put("x", 1);
    return switch (kind) {
      case STRING -> List.of(integer, decimal, bool, array, object);
      case INTEGER -> List.of(string, decimal, bool, array, object);
      case BOOLEAN -> List.of(NODES.textNode("true"), NODES.numberNode(0), decimal, array, object);
      case ARRAY -> List.of(string, integer, decimal, bool, object);
      case OBJECT -> List.of(string, integer, decimal, bool, NODES.arrayNode());
    };
  }

  private static String replaced(ObjectNode base, JsonPointer pointer, JsonNode value) {
    ObjectNode copy = base.deepCopy();
    JsonNode parent = copy.at(pointer.head());
    JsonPointer last = pointer.last();
    if (parent instanceof ArrayNode array) {
      array.set(last.getMatchingIndex(), value);
    } else {
      ((ObjectNode) parent).set(last.getMatchingProperty(), value);
    }
    return copy.toString();
  }

  /** Numbers that do not fit: beyond double, beyond int, and out of the 0..100 range. */
  private static void addBadNumbers(ObjectNode base, List<Case> out) {
    for (String field : List.of("progressPercentage", "numberOfSubtasks")) {
      for (String number :
          List.of(
              "1e400",
              "-1e400",
              "99999999999999999999",
              "2147483648",
              "-2147483649",
              "1.5",
              "1e-400")) {
        out.add(
            new Case(
                "bad number: " + field + " = " + number,
                withRaw(base, field, number),
                Expect.PATH,
                field));
      }
    }
    for (String number : List.of("-1", "101", "2147483647", "-2147483648")) {
      out.add(
          new Case(
              "out of range: progressPercentage = " + number,
              withRaw(base, "progressPercentage", number),
              Expect.VIOLATION,
              "progressPercentage"));
    }
  }

  /** Strings that are not RFC 3339 date-times, at every date-time property. */
  private static void addBadDates(ObjectNode base, List<Case> out) {
    List<String> dates =
        List.of(
            "2024-13-01T00:00:00Z",
            "2024-06-07T11:11Z",
            "yesterday",
            "2024-02-30T00:00:00Z",
            "2024-06-07T25:00:00Z",
            "2024-06-07T11:61:00Z",
            "2024-06-07 11:11:34Z",
            "2024-06-07T11:11:34",
            "2024-06-07",
            "",
            "2024-06-07T11:11:34.Z",
            "2024-06-07T11:11:34+5:30",
            "2024-06-07T11:11:34+24:00",
            "1717758694");
    for (String field : List.of("createdTime", "startedTime", "completedTime", "lastUpdatedTime")) {
      for (String date : dates) {
        ObjectNode copy = base.deepCopy();
        copy.put(field, date);
        out.add(
            new Case(
                "bad date: " + field + " = \"" + date + "\"", copy.toString(), Expect.PATH, field));
      }
    }
  }

  /**
   * Arrays (and objects) nested 100000 deep, where a model, a list, any value or nothing is
   * declared.
   */
  private static void addDeepNesting(ObjectNode base, List<Case> out) {
    String deepArray = "[".repeat(100_000) + "]".repeat(100_000);
    String deepObject = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
    String body = base.toString();
    out.add(new Case("deep: the document is arrays 100000 deep", deepArray, Expect.LOCATION, null));
    out.add(deep("arrays 100000 deep at subTasks", withRaw(base, "subTasks", deepArray)));
    out.add(deep("arrays 100000 deep at clusterExtIds", withRaw(base, "clusterExtIds", deepArray)));
    out.add(
        deep("arrays 100000 deep at an unknown member", withRaw(base, "deepUnknown", deepArray)));
    out.add(
        deep(
            "arrays 100000 deep at completionDetails[0].value",
            body.replace("\"value\":\"3\"", "\"value\":" + deepArray)));
    out.add(
        deep("objects 100000 deep at an unknown member", withRaw(base, "deepUnknown", deepObject)));
    out.add(deep("objects 100000 deep at ownedBy", withRaw(base, "ownedBy", deepObject)));
  }

  private static Case deep(String name, String json) {
    return new Case("deep: " + name, json, Expect.LOCATION, null);
  }

  /** Not JSON, or not a JSON object. */
  private static void addSyntaxErrors(List<Case> out) {
    String[][] docs = {
      {"the document is an array", "[]"},
      {"the document is an array of an object", "[{}]"},
      {"the document is a string", "\"task\""},
      {"the document is a number", "42"},
      {"the document is true", "true"},
      {"empty document", ""},
      {"whitespace only", "  \n "},
      {"trailing comma", "{\"extId\": \"x\",}"},
      {"single quotes", "{'extId': 'x'}"},
      {"unquoted name", "{extId: \"x\"}"},
      {"NaN", "{\"progressPercentage\": NaN}"},
      {"leading zeros", "{\"progressPercentage\": 007}"},
      {"raw control character in a string", "{\"operation\": \"a\tb\"}"},
      {"bad escape", "{\"operation\": \"a\\xb\"}"},
      {"missing colon", "{\"extId\" \"x\"}"},
      {"missing comma", "{\"extId\": \"x\" \"operation\": \"y\"}"},
      {"unclosed array", "{\"clusterExtIds\": [\"a\", \"b\"}"},
      {"comment", "{/* c */ \"extId\": \"x\"}"},
      {"unquoted string value", "{\"status\": RUNNING}"},
    };
    for (String[] doc : docs) {
      out.add(new Case("syntax: " + doc[0], doc[1], Expect.LOCATION, null));
    }
  }

  private static String withRaw(ObjectNode base, String field, String rawValue) {
    ObjectNode copy = base.deepCopy();
    copy.put(field, "@@RAW@@");
    return copy.toString().replace("\"@@RAW@@\"", rawValue);
  }

  /** Documents with a member name given twice, with different values. */
  static List<Case> duplicateKeyCases() {
    String large = resource(LARGE);
    String[][] docs = {
      {
        "extId twice",
        "{\"extId\": \"ZXJnb24=:278bbfc2-280f-529b-882b-14ea649b9a95\","
            + " \"extId\": \"ZXJnb24=:0b6c3a0e-62a4-4d8c-b1a4-7f0e5c6d9a21\"}"
      },
      {"status twice", "{\"status\": \"RUNNING\", \"status\": \"SUCCEEDED\"}"},
      {"progressPercentage twice", "{\"progressPercentage\": 10, \"progressPercentage\": 90}"},
      {"ownedBy.name twice", "{\"ownedBy\": {\"name\": \"admin\", \"name\": \"root\"}}"},
      {"subTasks[0].extId twice", "{\"subTasks\": [{\"extId\": \"a\", \"extId\": \"b\"}]}"},
      {"an unknown member twice", "{\"appName\": \"a\", \"appName\": \"b\"}"},
      {
        "extId twice in the large fixture",
        large.replaceFirst("\\{", "{\"extId\": \"ZXJnb24=:0b6c3a0e-62a4-4d8c-b1a4-7f0e5c6d9a21\",")
      },
    };
    List<Case> out = new ArrayList<>();
    for (String[] doc : docs) {
      out.add(new Case("duplicate: " + doc[0], doc[1], Expect.LOCATION, null));
    }
    return out;
  }
}
