package io.apimodel.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Rfc3339Test {

  @ParameterizedTest
  @CsvSource({
    "2024-06-07T11:11:34.85353Z, 2024-06-07T11:11:34.853530Z",
    "2024-06-07T11:11:34Z, 2024-06-07T11:11:34Z",
    "2024-06-07t11:11:34.1z, 2024-06-07T11:11:34.100Z",
    "2024-06-07T11:11:34.123456789+05:30, 2024-06-07T11:11:34.123456789+05:30",
    "2024-06-07T11:11:34.123456789123-08:00, 2024-06-07T11:11:34.123456789-08:00",
    "2024-02-29T23:59:59.999999999-00:00, 2024-02-29T23:59:59.999999999Z",
    "0001-01-01T00:00:00Z, 0001-01-01T00:00:00Z",
  })
  void parsesFractionsOfAnyLengthAndOffsets(String text, String isoExpected) {
    assertEquals(OffsetDateTime.parse(isoExpected), Rfc3339.parse(text));
    byte[] bytes = ("{\"" + text + "\"}").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertEquals(OffsetDateTime.parse(isoExpected), Rfc3339.parse(bytes, 2, text.length()), "from bytes");
    char[] padded = ("xx" + text + "yy").toCharArray();
    assertEquals(OffsetDateTime.parse(isoExpected), Rfc3339.parse(padded, 2, text.length()));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "", "2024-06-07", "2024-06-07T11:11Z", "2024-06-07T11:11:34", "2024-06-07 11:11:34Z",
    "2024-13-01T00:00:00Z", "2023-02-29T00:00:00Z", "2024-06-07T24:00:00Z", "2024-06-07T11:60:00Z",
    "2024-06-07T11:11:60Z", "2024-06-07T11:11:34.Z", "2024-06-07T11:11:34+0530", "2024-06-07T11:11:34+24:00",
    "2024-06-07T11:11:34Zjunk", "2024-06-07T11:11:34+05:3x", "yesterday....................",
    "2O24-06-07T11:11:34Z", "-024-06-07T11:11:34Z", "2024-06-07T11:11:34.123+05:30:00",
    "\uFF12024-06-07T11:11:34Z", "2024-06-07T11:11:34.\u0661Z", "2024-06-07T11:11:34\u00e9"})
  void rejectsAnythingElse(String text) {
    DateTimeException e = assertThrows(DateTimeException.class, () -> Rfc3339.parse(text));
    assertEquals(true, e.getMessage().contains("\"" + text + "\""), e.getMessage());
    if (text.chars().allMatch(c -> c < 0x80)) {
      byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      assertEquals(e.getMessage(), assertThrows(DateTimeException.class, () -> Rfc3339.parse(bytes, 0, bytes.length)).getMessage());
    }
  }

  /** The date and time digits are checked eight bytes at a time: every byte in every digit place, as java.time's parser decides. */
  @Test
  void everyByteInEveryDigitPlaceIsJudgedAsJavaTimeJudgesIt() {
    String valid = "2024-06-07T11:11:34.5Z";
    int[] places = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18};
    for (int place : places) {
      for (int b = 0; b < 256; b++) {
        byte[] bytes = ("[\"" + valid + "\"]").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        bytes[2 + place] = (byte) b;
        OffsetDateTime expected = null;
        if (b < 0x80) {
          try {
            expected = OffsetDateTime.parse(new String(bytes, 2, valid.length(), java.nio.charset.StandardCharsets.ISO_8859_1),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME);
          } catch (DateTimeException e) {
            expected = null;
          }
        }
        String where = "byte " + b + " at " + place;
        if (expected == null) {
          assertThrows(DateTimeException.class, () -> Rfc3339.parse(bytes, 2, valid.length()), where);
        } else {
          assertEquals(expected, Rfc3339.parse(bytes, 2, valid.length()), where);
        }
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
    "2025-03-18T10:42:00Z, 2025-03-18T10:42:00Z",
    "2024-06-07T11:11:34.853530Z, 2024-06-07T11:11:34.85353Z",
    "2024-06-07T11:11:34.000000001+05:30, 2024-06-07T11:11:34.000000001+05:30",
    "2024-06-07T11:11:34.5-08:00, 2024-06-07T11:11:34.5-08:00",
    "+12024-06-07T00:00:00Z, +12024-06-07T00:00:00Z",
  })
  void writesSecondsAlwaysAndTheShortestFraction(String iso, String expected) {
    assertEquals(expected, Rfc3339.format(OffsetDateTime.parse(iso)));
  }

  @Test
  void roundTripsRandomInstantsLikeTheStandardFormatter() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 20_000; i++) {
      OffsetDateTime value =
          OffsetDateTime.of(
              random.nextInt(1, 9999), random.nextInt(1, 13), random.nextInt(1, 29),
              random.nextInt(24), random.nextInt(60), random.nextInt(60),
              random.nextBoolean() ? random.nextInt(1_000_000_000) : random.nextInt(1000) * 1_000_000,
              ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 60, 18 * 60 + 1) * 60));
      String text = Rfc3339.format(value);
      assertEquals(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value), text, "printed as java.time prints it");
      assertEquals(value, Rfc3339.parse(text), text);
      byte[] bytes = new byte[3 + Rfc3339.MAX_LENGTH];
      int end = Rfc3339.format(value, bytes, 3);
      assertEquals(text, new String(bytes, 3, end - 3, java.nio.charset.StandardCharsets.US_ASCII), "printed as bytes");
      assertEquals(value, Rfc3339.parse(bytes, 3, end - 3), "parsed from bytes");
      assertEquals(value, OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME), text);
    }
  }
}
