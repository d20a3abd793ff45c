package io.apimodel.sample.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.apimodel.runtime.JsonNumber;
import io.apimodel.sample.prism.v4.config.Task;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every number JSON allows reads: into a typed property or failing with a Jackson exception with
 * the path, and in untyped values (unknown fields, Object properties) kept exactly and written back
 * as it was written, so that the project re-reads what it wrote. Regression inputs minimized from a
 * mutation fuzzer's findings.
 */
class NumbersAsWrittenTest {

  @Test
  void anExponentBeyondBigDecimalInAnUnknownFieldIsKeptAsWritten() {
    String json = "{\"x\":1e-2147483648,\"y\":1E+2147483648}";
    Task task = Json.readTask(json);
    assertEquals(JsonNumber.of("1e-2147483648"), task.unknownFields().get("x"));
    assertEquals(JsonNumber.of("1E+2147483648"), task.unknownFields().get("y"));
    String written = Json.write(task);
    assertTrue(written.endsWith(",\"x\":1e-2147483648,\"y\":1E+2147483648}"), written);
    assertEquals(task, Json.readTask(written));
  }

  @Test
  void untypedNumbersAreWrittenBackAsTheyWereWritten() {
    String json = "{\"reading\":[0.5,1e-5,0.50,1E+2,-0,-0.0,0.1000000000000000055511151231257827,12,1e400]}";
    Measure m = Json.read(json, Measure.class);
    assertEquals(java.util.List.of(0.5, JsonNumber.of("1e-5"), JsonNumber.of("0.50"), JsonNumber.of("1E+2"),
        JsonNumber.of("-0"), -0.0, JsonNumber.of("0.1000000000000000055511151231257827"), 12, JsonNumber.of("1e400")),
        m.reading());
    assertEquals(json, Json.write(m));
    assertEquals(m, Json.read(Json.write(m), Measure.class));
  }

  @Test
  void aThousandDigitNumberIsWrittenBackNoLongerThanItCame() throws Exception {
    String big;
    try (var in = NumbersAsWrittenTest.class.getResourceAsStream("/numbers/thousand-digits.txt")) {
      big = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
    }
    assertTrue(big.length() > 990 && big.length() < 1000, "under Jackson's default limit of 1000 characters");
    String json = "{\"extId\":\"ZXJnb24=:278bbfc2-280f-529b-882b-14ea649b9a95\",\"huge\":" + big + "}";
    Task task = Json.readTask(json);
    String written = Json.write(task);
    assertTrue(written.endsWith(",\"huge\":" + big + "}"), written);
    assertEquals(task, Json.readTask(written));
  }

  @Test
  void aBigDecimalPropertyTakesEveryDigitAndRefusesAnExponentItCannotHold() {
    Measure m = Json.read("{\"amount\":0.12345678901234567890123}", Measure.class);
    assertEquals(new BigDecimal("0.12345678901234567890123"), m.amount());
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> Json.MAPPER.readValue("{\"ratio\":1.5,\"amount\":1e-2147483648}", Measure.class));
    assertTrue(e.getMessage().startsWith("Invalid JSON at `amount`: the number 1e-2147483648 does not fit in a"
        + " BigDecimal (its exponent is out of range)"), e.getMessage());
  }

  @Test
  void aNullForADefaultPropertyReadsAsAbsentSoARoundTripIsStable() {
    Task task = Json.readTask("{\"$objectType\":null,\"$reserved\":null}");
    assertEquals("prism.v4.config.Task", task.objectType());
    assertEquals(Map.of("$fv", "v4.r0"), task.reserved());
    assertEquals(task, Json.readTask(Json.write(task)));
  }
}
