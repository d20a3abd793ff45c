package io.apimodel.runtime.jackson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apimodel.runtime.internal.JsonName;
import io.apimodel.runtime.internal.JsonOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8Output} writes exactly the bytes that jackson-core's UTF-8 generator writes with its
 * default settings, value for value: every character of the Basic Multilingual Plane in a string,
 * surrogates paired and alone, long strings, names, numbers of every kind, nesting and its limit.
 */
class Utf8OutputTest {

  private static final JsonFactory FACTORY = new JsonFactory();

  /** A document written through a {@link JsonOutput}. */
  private interface Doc {
    void write(JsonOutput out) throws IOException;
  }

  private static byte[] byJackson(Doc doc) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator gen = FACTORY.createGenerator(bytes)) {
      doc.write(new Jackson2Output(gen));
    }
    return bytes.toByteArray();
  }

  private static byte[] byUtf8Output(Doc doc) throws IOException {
    Utf8Output out = new Utf8Output(16); // small, so that growing is exercised
    doc.write(out);
    return out.toByteArray();
  }

  private static void assertSameBytes(Doc doc) throws IOException {
    byte[] expected = byJackson(doc);
    byte[] actual = byUtf8Output(doc);
    assertArrayEquals(expected, actual, () -> new String(expected, StandardCharsets.UTF_8) + "\n"
        + new String(actual, StandardCharsets.UTF_8));
  }

  @Test
  void everyCharacterOfTheBasicPlaneIsEscapedOrEncodedAsJacksonCoreDoes() throws IOException {
    for (int c = 0; c <= 0xFFFF; c++) {
      String s = "a" + (char) c + "b";
      assertSameBytes(out -> {
        out.startObject();
        out.key(s);
        out.string(s);
        out.endObject();
      });
    }
  }

  @Test
  void surrogatesPairedAndAloneAndLongStrings() throws IOException {
    List<String> strings = List.of("😀", "a😀b", "\uD83D", "\uDE00", "\uDE00\uD83D", "x\uD83Dy",
        "é€😀\u0000\u001f\"\\/\u007f\u0080\u07ff\u0800\uffff");
    for (String s : strings) {
      assertSameBytes(out -> {
        out.startObject();
        out.key(s);
        out.string(s);
        out.endObject();
      });
    }
    Random random = new Random(17);
    for (int n : new int[] {2047, 2048, 2049, 5000, 70_000}) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < n; i++) {
        int kind = random.nextInt(10);
        text.append(kind < 7 ? (char) ('a' + random.nextInt(26)) : kind == 7 ? '"' : kind == 8 ? 'é' : '😀');
      }
      String s = text.toString();
      assertSameBytes(out -> out.string(s));
    }
  }

  /** Strings of 8 characters and more are copied from their ISO-8859-1 bytes when plain: one odd character anywhere. */
  @Test
  void longerStringsWithOneOddCharacterAnywhere() throws IOException {
    String[] odd = {"\"", "\\", "\n", "\u0000", "\u007f", "?", "é", "\u00ff", "Ł", "\u0141", "€", "😀", "\uD83D", "/", " "};
    for (int length : new int[] {8, 9, 15, 16, 17, 31}) {
      for (int at = 0; at < length; at++) {
        for (String c : odd) {
          String s = "abcdefghijklmnopqrstuvwxyz0123456789".substring(0, at) + c
              + "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".substring(0, length - at - 1);
          assertSameBytes(out -> out.string(s));
        }
      }
    }
  }

  @Test
  void namesAreEncodedOnceAndWrittenAsKeysAre() throws IOException {
    List<JsonName> names = List.of(new JsonName("extId"), new JsonName("$objectType"), new JsonName("a\"b\\c\n"),
        new JsonName("é😀"), new JsonName(""), new JsonName("\u0001\u007f€"));
    for (int round = 0; round < 2; round++) { // the second time from the kept bytes
      assertSameBytes(out -> {
        out.startObject();
        for (JsonName name : names) {
          out.name(name);
          out.nullValue();
        }
        out.endObject();
      });
    }
  }

  @Test
  void numbersOfEveryKind() throws IOException {
    List<Long> longs = new ArrayList<>(List.of(0L, 1L, -1L, 9L, 10L, 99L, 100L, Long.MAX_VALUE, Long.MIN_VALUE,
        (long) Integer.MAX_VALUE, (long) Integer.MIN_VALUE, Integer.MAX_VALUE + 1L, Integer.MIN_VALUE - 1L));
    for (long p = 1; p > 0 && p < Long.MAX_VALUE / 10; p *= 10) {
      longs.addAll(List.of(p, p - 1, -p, -p + 1));
    }
    List<Double> doubles = new ArrayList<>(List.of(0.0, -0.0, 1.0, 0.1, 1e-7, 1e-3, 1e7, 1e21, 123456789.125,
        Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
    Random random = new Random(5);
    for (int i = 0; i < 2000; i++) {
      doubles.add(Double.longBitsToDouble(random.nextLong()));
    }
    List<BigDecimal> decimals = List.of(new BigDecimal("0.12345678901234567890123"), new BigDecimal("1E+3"),
        new BigDecimal("-1.50"), BigDecimal.valueOf(1, -5), new BigDecimal("123e-40"));
    assertSameBytes(out -> {
      out.startArray();
      for (long l : longs) {
        out.longInteger(l);
        if (l == (int) l) {
          out.integer((int) l);
        }
      }
      for (double d : doubles) {
        out.decimal(d);
      }
      for (BigDecimal d : decimals) {
        out.bigDecimal(d);
        out.bigInteger(d.toBigInteger());
      }
      out.bigInteger(new BigInteger("-123456789012345678901234567890"));
      out.bool(true);
      out.bool(false);
      out.nullValue();
      out.endArray();
    });
  }

  @Test
  void dateTimesAndUntypedValues() throws IOException {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("when", OffsetDateTime.of(2024, 6, 7, 11, 11, 34, 853_530_000, ZoneOffset.ofHours(-7)));
    map.put("list", List.of(1, 2L, 3.5, "x", List.of(), Map.of()));
    map.put("nothing", null);
    assertSameBytes(out -> {
      out.startArray();
      out.dateTime(OffsetDateTime.of(2024, 6, 7, 11, 11, 0, 0, ZoneOffset.UTC));
      out.any(map);
      out.endArray();
    });
  }

  @Test
  void nestingStopsAtJacksonsLimitWithItsMessage() throws IOException {
    Doc deep = out -> {
      for (int i = 0; i < 1000; i++) {
        out.startArray();
      }
      for (int i = 0; i < 1000; i++) {
        out.endArray();
      }
    };
    assertSameBytes(deep);
    Doc tooDeep = out -> {
      for (int i = 0; i < 1001; i++) {
        out.startObject();
        out.key("a");
      }
    };
    String expected = assertThrows(StreamConstraintsException.class, () -> byJackson(tooDeep)).getMessage();
    assertEquals(expected, assertThrows(StreamConstraintsException.class, () -> byUtf8Output(tooDeep)).getMessage());
  }

  @Test
  void theMapperHandsWritesToUtf8OutputOnlyWhereTheBytesAreTheSame() throws IOException {
    ObjectMapper plain = new ObjectMapper();
    try (JsonGenerator gen = plain.getFactory().createGenerator(new ByteArrayOutputStream())) {
      assertTrue(ModelSerializer.writesLikeUtf8Output(gen));
    }
    List<JsonGenerator> others = new ArrayList<>();
    others.add(plain.getFactory().createGenerator(new java.io.StringWriter()));
    others.add(plain.getFactory().createGenerator(new ByteArrayOutputStream()).useDefaultPrettyPrinter());
    others.add(plain.getFactory().createGenerator(new ByteArrayOutputStream()).setHighestNonEscapedChar(127));
    for (JsonGenerator.Feature feature : List.of(JsonGenerator.Feature.ESCAPE_NON_ASCII,
        JsonGenerator.Feature.WRITE_NUMBERS_AS_STRINGS, JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN,
        JsonGenerator.Feature.ESCAPE_FORWARD_SLASHES, JsonGenerator.Feature.USE_FAST_DOUBLE_WRITER,
        JsonGenerator.Feature.COMBINE_UNICODE_SURROGATES_IN_UTF8)) {
      others.add(plain.getFactory().createGenerator(new ByteArrayOutputStream()).enable(feature));
    }
    for (JsonGenerator.Feature feature : List.of(JsonGenerator.Feature.QUOTE_FIELD_NAMES,
        JsonGenerator.Feature.QUOTE_NON_NUMERIC_NUMBERS, JsonGenerator.Feature.WRITE_HEX_UPPER_CASE)) {
      others.add(plain.getFactory().createGenerator(new ByteArrayOutputStream()).disable(feature));
    }
    others.add(new com.fasterxml.jackson.core.JsonFactoryBuilder().quoteChar('\'').build()
        .createGenerator(new ByteArrayOutputStream()));
    JsonFactory deeper = new JsonFactory();
    deeper.setStreamWriteConstraints(com.fasterxml.jackson.core.StreamWriteConstraints.builder().maxNestingDepth(2000).build());
    others.add(deeper.createGenerator(new ByteArrayOutputStream()));
    for (JsonGenerator gen : others) {
      assertFalse(ModelSerializer.writesLikeUtf8Output(gen), gen.getClass() + " " + gen.getFeatureMask());
      gen.close();
    }
  }
}
