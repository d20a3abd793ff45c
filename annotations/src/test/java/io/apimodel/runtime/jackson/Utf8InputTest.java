package io.apimodel.runtime.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.apimodel.runtime.internal.JsonInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link Utf8Input} reads exactly what jackson-core's parser reads with its default settings:
 * token for token (kind, text, number as written, integer size) on hand-picked edge cases and on
 * 20,000 random documents with random damage; it refuses what jackson-core refuses, stops at the
 * same stream limits with jackson-core's messages, and reports a location.
 */
class Utf8InputTest {

  private static final JsonFactory FACTORY = new JsonFactory();

  /** The tokens of the first JSON value, or the tokens up to a failure and "error". */
  private static List<String> byJackson(byte[] json) throws IOException {
    List<String> out = new ArrayList<>();
    try (JsonParser p = FACTORY.createParser(json)) {
      Jackson2Input in = new Jackson2Input(p);
      int depth = 0;
      try {
        do {
          int t = in.nextToken();
          if (t == JsonInput.NO_TOKEN) {
            break;
          }
          out.add(describe(t, in.text(), t == JsonInput.NUMBER_INT ? in.integerSize() : -1));
          depth += t == JsonInput.START_OBJECT || t == JsonInput.START_ARRAY ? 1
              : t == JsonInput.END_OBJECT || t == JsonInput.END_ARRAY ? -1 : 0;
        } while (depth > 0);
      } catch (StreamConstraintsException e) {
        out.add("limit: " + e.getOriginalMessage());
      } catch (JsonProcessingException e) {
        out.add("error");
      }
    }
    return out;
  }

  private static List<String> byUtf8Input(byte[] json) throws IOException {
    List<String> out = new ArrayList<>();
    Utf8Input in = new Utf8Input(json);
    int depth = 0;
    try {
      do {
        int t = in.nextToken();
        if (t == JsonInput.NO_TOKEN) {
          break;
        }
        out.add(describe(t, in.text(), t == JsonInput.NUMBER_INT ? in.integerSize() : -1));
        depth += t == JsonInput.START_OBJECT || t == JsonInput.START_ARRAY ? 1
            : t == JsonInput.END_OBJECT || t == JsonInput.END_ARRAY ? -1 : 0;
      } while (depth > 0);
    } catch (JsonProcessingException e) {
      assertNotNull(e.getLocation(), "no location: " + e);
      if (e.getCause() instanceof StreamConstraintsException limit) {
        assertTrue(e.getOriginalMessage().endsWith(limit.getMessage()), e.getOriginalMessage());
        out.add("limit: " + limit.getMessage());
      } else {
        out.add("error");
      }
    }
    return out;
  }

  /**
   * jackson-core parses the start of a member's value together with its name (so that a broken
   * value fails on the name token), Utf8Input on the next token; the generated readers take name
   * and value in one step ({@code nextMember}), where both fail alike. So a name just before a
   * failure is left out of the comparison.
   */
  private static List<String> withoutNameBeforeFailure(List<String> tokens) {
    int n = tokens.size();
    if (n >= 2 && tokens.get(n - 2).startsWith(JsonInput.FIELD_NAME + ":")
        && (tokens.get(n - 1).equals("error") || tokens.get(n - 1).startsWith("limit: "))) {
      List<String> out = new ArrayList<>(tokens.subList(0, n - 2));
      out.add(tokens.get(n - 1));
      return out;
    }
    return tokens;
  }

  private static String describe(int token, String text, int size) {
    return token + (text == null ? "" : ":" + text) + (size >= 0 ? "/" + size : "");
  }

  private static void assertSameTokens(byte[] json) throws IOException {
    List<String> expected = withoutNameBeforeFailure(byJackson(json));
    List<String> actual = withoutNameBeforeFailure(byUtf8Input(json));
    assertEquals(expected, actual, () -> "input: " + shorten(new String(json, StandardCharsets.UTF_8)));
  }

  private static String shorten(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }

  private static final List<String> CASES = List.of(
      "0", "-0", "1e5", "1E+5", "-1.5e-3", "2147483647", "2147483648", "-2147483648", "-2147483649",
      "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
      "123456789012345678901234567890", "0.0", "1.0e-400", "1e400", "[1,-2,3.5]",
      "01", "-", "1.", ".5", "+1", "1e", "1e+", "NaN", "Infinity", "-Infinity", "0x10", "1.5.5", "--1", "-a",
      "\"\"", "\"a\\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti\"", "\"\\u0041\\u00e9\\u20AC\\uD83D\\uDE00\\uDE00\"",
      "\"\\x\"", "\"\\u12G4\"", "\"\\u12\"", "\"a\tb\"", "\"a\nb\"", "\"\u007f\"", "\"é€😀\"", "\"unterminated",
      "true", "false", "null", "tru", "truex", "nul", "null1", "true$", "[true]", "[false,null]", "true_",
      "{}", "[]", "{\"a\":1}", "{\"a\" 1}", "{\"a\":1,}", "[1,]", "[,1]", "{,}", "{\"a\":1 \"b\":2}", "[1 2]",
      "{", "[", "}", "]", "{\"a\":", "{\"a\"", "{\"a", "[1,", "{\"a\":{\"b\":[{}]}}", " \t\r\n[ 1 , 2 ]\n",
      "{\"\":0,\"a\\\"b\":1,\"\\u0061\":2,\"é\":3}", "{1:2}", "{'a':1}", "['a']", "[\"a\"\"b\"]",
      "{\"a\":1}x", "[1]]", "\"a\"\"b\"", "/* comment */ 1", "// x\n1", "[1]\u0000");

  @TestFactory
  List<DynamicTest> edgeCasesReadAsJacksonCoreReadsThem() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String c : CASES) {
      tests.add(DynamicTest.dynamicTest(c, () -> assertSameTokens(c.getBytes(StandardCharsets.UTF_8))));
    }
    byte[][] bytes = {
        {'"', (byte) 0xC0, (byte) 0x80, '"'}, {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'},
        {'"', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"'}, {'"', (byte) 0xF5, '"'},
        {'"', (byte) 0x80, '"'}, {'"', (byte) 0xE2, (byte) 0x82, '"'}, {'"', (byte) 0xE0, (byte) 0x80, (byte) 0x80, '"'},
        {'"', (byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0x80, '"'}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '[', '1', ']'},
        {'[', 't', 'r', 'u', 'e', (byte) 0xC3, (byte) 0xA9, ']'}, {'[', 't', 'r', 'u', 'e', (byte) 0xE2, (byte) 0x82, (byte) 0xAC, ']'},
        {'{', '"', (byte) 0xC3, (byte) 0xA9, '"', ':', '1', '}'}, {'{', '"', (byte) 0xC3, '"', ':', '1', '}'},
    };
    for (byte[] b : bytes) {
      tests.add(DynamicTest.dynamicTest(new String(b, StandardCharsets.ISO_8859_1), () -> assertSameTokens(b)));
    }
    return tests;
  }

  @Test
  void streamLimitsAreJacksonCoresWithItsMessages() throws IOException {
    assertSameTokens(("[".repeat(1000) + "]".repeat(1000)).getBytes(StandardCharsets.UTF_8));
    assertSameTokens(("[".repeat(1001) + "]".repeat(1001)).getBytes(StandardCharsets.UTF_8));
    assertSameTokens(("{\"a\":".repeat(1001) + "1" + "}".repeat(1001)).getBytes(StandardCharsets.UTF_8));
    assertSameTokens(("[" + "9".repeat(1000) + "]").getBytes(StandardCharsets.UTF_8));
    assertSameTokens(("[-" + "9".repeat(1001) + "]").getBytes(StandardCharsets.UTF_8));
    assertSameTokens(("[1." + "5".repeat(1000) + "]").getBytes(StandardCharsets.UTF_8));
    assertSameTokens(("{\"" + "n".repeat(50_000) + "\":1}").getBytes(StandardCharsets.UTF_8));
    assertSameTokens(("{\"" + "n".repeat(50_001) + "\":1}").getBytes(StandardCharsets.UTF_8));
    List<String> tokens = byUtf8Input(("[" + "[".repeat(1000) + "]").getBytes(StandardCharsets.UTF_8));
    assertTrue(tokens.get(tokens.size() - 1).startsWith("limit: Document nesting depth (1001) exceeds the maximum allowed (1000"),
        tokens.get(tokens.size() - 1));
  }

  @Test
  void locationsAreLinesAndColumnsFromOne() {
    JsonProcessingException e = org.junit.jupiter.api.Assertions.assertThrows(JsonProcessingException.class, () -> {
      Utf8Input in = new Utf8Input("{\n  \"a\": 1,\n  \"b\": x\n}".getBytes(StandardCharsets.UTF_8));
      while (in.nextToken() != JsonInput.NO_TOKEN) {
        // read on to the failure
      }
    });
    assertEquals(3, e.getLocation().getLineNr());
    assertEquals(8, e.getLocation().getColumnNr());
    assertInstanceOf(com.fasterxml.jackson.core.JsonParseException.class, e);
  }

  /** Random documents, then random damage: a byte changed, dropped, doubled, or the end cut off. */
  @Test
  void randomDocumentsWithRandomDamageReadAsJacksonCoreReadsThem() throws IOException {
    Random random = new Random(Long.getLong("apimodel.utf8.seed", 42L));
    byte[] alphabet = "{}[]\":,\\ \n0123456789-+.eEtrufalsn/bx\u0001".getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder doc = new StringBuilder();
      value(random, doc, 0);
      byte[] bytes = doc.toString().getBytes(StandardCharsets.UTF_8);
      int damage = random.nextInt(5);
      if (damage > 0 && bytes.length > 0) {
        int at = random.nextInt(bytes.length);
        switch (damage) {
          case 1 -> bytes[at] = random.nextInt(4) == 0 ? (byte) (0x80 + random.nextInt(128)) : alphabet[random.nextInt(alphabet.length)];
          case 2 -> bytes = concat(java.util.Arrays.copyOf(bytes, at), java.util.Arrays.copyOfRange(bytes, at + 1, bytes.length));
          case 3 -> bytes = concat(java.util.Arrays.copyOf(bytes, at + 1), java.util.Arrays.copyOfRange(bytes, at, bytes.length));
          default -> bytes = java.util.Arrays.copyOf(bytes, at);
        }
      }
      assertSameTokens(bytes);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static final String[] WORDS = {"extId", "a", "", "é", "😀", "x\\\"y", "\\u0041", "name with space", "\\n"};
  private static final String[] NUMBERS = {"0", "-1", "12", "3.25", "-0.5e7", "1E-2", "2147483648", "99999999999999999999"};

  private static void value(Random random, StringBuilder out, int depth) {
    int kind = random.nextInt(depth > 4 ? 5 : 7);
    switch (kind) {
      case 0 -> out.append('"').append(WORDS[random.nextInt(WORDS.length)]).append('"');
      case 1 -> out.append(NUMBERS[random.nextInt(NUMBERS.length)]);
      case 2 -> out.append(random.nextBoolean() ? "true" : "false");
      case 3 -> out.append("null");
      case 4 -> out.append('"').append(WORDS[random.nextInt(WORDS.length)]).append(WORDS[random.nextInt(WORDS.length)]).append('"');
      case 5 -> {
        out.append('[');
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
          if (i > 0) {
            out.append(random.nextInt(10) == 0 ? " , " : ",");
          }
          value(random, out, depth + 1);
        }
        out.append(']');
      }
      default -> {
        out.append('{');
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
          if (i > 0) {
            out.append(',');
          }
          out.append('"').append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(10) == 0 ? "\" : " : "\":");
          value(random, out, depth + 1);
        }
        out.append('}');
      }
    }
  }
}
