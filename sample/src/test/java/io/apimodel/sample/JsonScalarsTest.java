package io.apimodel.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.apimodel.sample.dict.Scalars;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What each scalar type reads from JSON, for the types the sample's {@code Task} does not have
 * (see {@code json.JsonCoercionTest} for the others): {@code long}, {@code double},
 * {@code BigInteger}, {@code BigDecimal}, {@code UUID}, {@code LocalDate}, and JSON {@code null}
 * for primitives. Through the generated codec ({@code Scalars.fromJson}).
 */
class JsonScalarsTest {

  @Test
  void integerTypesTakeAJsonIntegerThatFits() throws JsonProcessingException {
    Scalars read =
        Scalars.fromJson(
            "{\"total\": 9223372036854775807, \"boxedTotal\": -3000000000,"
                + " \"bigNumber\": 123456789012345678901234567890}");

    assertEquals(Long.MAX_VALUE, read.total());
    assertEquals(-3_000_000_000L, read.boxedTotal());
    assertEquals(new BigInteger("123456789012345678901234567890"), read.bigNumber());
  }

  @Test
  void aDoubleTakesAnyJsonNumberAnIntegerIncluded() throws JsonProcessingException {
    Scalars read = Scalars.fromJson("{\"ratio\": 2, \"boxedRatio\": 2.5e-3}");

    assertEquals(2.0, read.ratio());
    assertEquals(0.0025, read.boxedRatio());
  }

  @Test
  void aBigDecimalKeepsTheNumberExactlyAsWritten() throws JsonProcessingException {
    assertEquals(new BigDecimal("1.50"), Scalars.fromJson("{\"amount\": 1.50}").amount());
    assertEquals(
        new BigDecimal("0.12345678901234567890123"),
        Scalars.fromJson("{\"amount\": 0.12345678901234567890123}").amount());
    assertEquals(new BigDecimal("7"), Scalars.fromJson("{\"amount\": 7}").amount());
  }

  @Test
  void stringTypesTakeTheirOwnForm() throws JsonProcessingException {
    Scalars read =
        Scalars.fromJson(
            "{\"uuid\": \"148ee646-25d0-46f6-9977-61ad02acc5e1\", \"day\": \"2024-06-07\"}");

    assertEquals(UUID.fromString("148ee646-25d0-46f6-9977-61ad02acc5e1"), read.uuid());
    assertEquals(LocalDate.of(2024, 6, 7), read.day());
  }

  @Test
  void nullForAPrimitiveLeavesItsValue() throws JsonProcessingException {
    Scalars read =
        Scalars.fromJson("{\"flag\": null, \"count\": null, \"total\": null, \"ratio\": null}");

    assertEquals(false, read.flag());
    assertEquals(0, read.count());
    assertEquals(0L, read.total());
    assertEquals(0.0, read.ratio());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "{\"count\": 1.0} | count | expected an integer, got the number 1.0",
        "{\"count\": \"1\"} | count | expected an integer, got the string \"1\"",
        "{\"total\": 1e3} | total | expected an integer, got the number 1e3",
        "{\"total\": 9223372036854775808} | total |"
            + " the number 9223372036854775808 does not fit in a long",
        "{\"bigNumber\": 1.5} | bigNumber | expected an integer, got the number 1.5",
        "{\"ratio\": \"2.5\"} | ratio | expected a number, got the string \"2.5\"",
        "{\"ratio\": 1e400} | ratio | the number 1e400 does not fit in a double",
        "{\"amount\": \"1.50\"} | amount | expected a number, got the string \"1.50\"",
        "{\"flag\": 1} | flag | expected true or false, got the number 1",
        "{\"uuid\": \"148ee64625d046f6997761ad02acc5e1\"} | uuid |"
            + " \"148ee64625d046f6997761ad02acc5e1\" is not a UUID",
        "{\"day\": \"07.06.2024\"} | day | \"07.06.2024\" is not a date (yyyy-MM-dd)",
        "{\"day\": 20240607} | day | expected a string, got the number 20240607",
      })
  void aValueOfAnotherFormIsRefusedWithItsPath(String json, String path, String problem) {
    JacksonException e = assertThrows(JacksonException.class, () -> Scalars.fromJson(json));

    assertEquals("Invalid JSON at `" + path + "`: " + problem, e.getOriginalMessage());
  }
}
