package io.apimodel.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.apimodel.runtime.pprint.PythonRepr;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A JSON number kept as written: only JSON's number syntax, exact text, Python's view of its value. */
class JsonNumberTest {

  @Test
  void acceptsExactlyJsonsNumberSyntax() {
    for (String ok : List.of("0", "-0", "12", "-12.5", "1e5", "1E+5", "1e-2147483648", "0.000", "123.456e-789")) {
      assertEquals(ok, JsonNumber.of(ok).text());
    }
    for (String bad : List.of("", "-", "+1", "01", "1.", ".5", "1e", "1e+", "NaN", "Infinity", "0x10", "1 ", " 1", "1,5")) {
      assertThrows(IllegalArgumentException.class, () -> JsonNumber.of(bad), bad);
    }
  }

  @Test
  void valuesAndEquality() {
    assertEquals(0.0, JsonNumber.of("1e-2147483648").doubleValue());
    assertEquals(Double.POSITIVE_INFINITY, JsonNumber.of("1e400").doubleValue());
    assertEquals(new BigDecimal("1E+400"), JsonNumber.of("1e400").toBigDecimal());
    assertThrows(ArithmeticException.class, () -> JsonNumber.of("1e-2147483648").toBigDecimal());
    assertEquals(100, JsonNumber.of("1E+2").intValue());
    assertEquals(JsonNumber.of("1e5"), JsonNumber.of("1e5"));
    assertNotEquals(JsonNumber.of("1e5"), JsonNumber.of("1E5"));
  }

  /** Python's json reads these texts as float (int for -0); pprint prints what it read (CPython 3.11). */
  @Test
  void pprintShowsWhatPythonsJsonReads() {
    Map<String, Object> values = new java.util.LinkedHashMap<>();
    values.put("a", JsonNumber.of("1e-5"));
    values.put("b", JsonNumber.of("1e400"));
    values.put("c", JsonNumber.of("1e-2147483648"));
    values.put("d", JsonNumber.of("-0"));
    values.put("e", JsonNumber.of("1E+2"));
    values.put("f", JsonNumber.of("0.50"));
    assertEquals("{'a': 1e-05, 'b': inf, 'c': 0.0, 'd': 0, 'e': 100.0, 'f': 0.5}", PythonRepr.pformat(values));
  }
}
