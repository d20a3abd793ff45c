package io.apimodel.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.apimodel.processor.Models.build;
import static io.apimodel.processor.Models.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.Violation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §3 "Validation": the message texts, for constraints the sample does not use. */
class ConstraintMessagesTest {

  /** Builder values that satisfy every constraint of ConstrainedModel. */
  private static final Object[] VALID = {"status", "ok", "level", 2};

  @TempDir static Path classes;

  private static Compilation compilation;
  private static Class<?> constrained;

  @BeforeAll
  static void compile() {
    compilation = Models.compile("good/constraints/ConstrainedModel.java");
    if (compilation.status() == Compilation.Status.SUCCESS) {
      constrained = Models.loadClass(Models.load(compilation, classes), "constraints.Constrained");
    }
  }

  /** The one warning is meant: level is a primitive whose @Range(min = 1) makes it required in effect. */
  @Test
  void compiles() {
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[ApiModelRange] @Range on property \"level\" excludes 0");
  }

  @Test
  void requiredSetterThrowsAndBuildReportsIt() {
    Object valid = build(constrained, VALID);
    rejects(valid, "setStatus", null, "status", "Invalid value for `status`, must not be null", null);

    ModelValidationException e =
        assertThrows(ModelValidationException.class, () -> call(Models.builder(constrained, "level", 2), "build"));
    assertEquals(List.of(new Violation("status", "Invalid value for `status`, must not be null", null)), e.violations());
  }

  @Test
  void buildListsEveryViolationInPropertyOrder() {
    // level is a primitive int: its 0 breaks @Range(min = 1).
    ModelValidationException e =
        assertThrows(ModelValidationException.class, () -> call(Models.builder(constrained, "code", "x"), "build"));
    assertEquals(
        "Invalid value for `status`, must not be null; "
            + "Invalid value for `level`, must be a value greater than or equal to `1`; "
            + "Invalid value for `code`, must match pattern `/[0-9]+/`",
        e.getMessage());
    assertEquals(List.of("status", "level", "code"), e.violations().stream().map(Violation::path).toList());
  }

  @Test
  void redactedValueNeverAppears() {
    Object valid = build(constrained, VALID);
    rejects(valid, "setSecret", "hunter2", "secret", "Invalid value for `secret`, length must be greater than or equal to `8`", "***");

    ModelValidationException e =
        assertThrows(ModelValidationException.class, () -> build(constrained, "status", "ok", "level", 2, "secret", "hunter2"));
    assertEquals("***", e.violations().get(0).invalidValue());
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());

    call(valid, "setSecret", "correct horse");
    assertEquals("correct horse", call(valid, "secret"));
    String text = valid.toString();
    assertTrue(text.contains("***"), text);
    assertFalse(text.contains("correct horse"), text);
  }

  @Test
  void rangeOnLong() {
    Object valid = build(constrained, VALID);
    rejects(valid, "setOffset", 6L, "offset", "Invalid value for `offset`, must be a value less than or equal to `5`", "6");
    rejects(valid, "setOffset", Long.MIN_VALUE, "offset",
        "Invalid value for `offset`, must be a value greater than or equal to `-5`", String.valueOf(Long.MIN_VALUE));
    accepts(valid, "setOffset", -5L, "offset");
    accepts(valid, "setOffset", 5L, "offset");
  }

  @Test
  void rangeOnDouble() {
    Object valid = build(constrained, VALID);
    rejects(valid, "setFraction", 1.000001, "fraction",
        "Invalid value for `fraction`, must be a value less than or equal to `1`", "1.000001");
    rejects(valid, "setFraction", -0.5, "fraction",
        "Invalid value for `fraction`, must be a value greater than or equal to `0`", "-0.5");
    accepts(valid, "setFraction", 1.0, "fraction");
    accepts(valid, "setFraction", 0.0, "fraction");
    // A primitive double with only a max.
    rejects(valid, "setWeight", 100.5, "weight", "Invalid value for `weight`, must be a value less than or equal to `100`", "100.5");
    accepts(valid, "setWeight", -1e300, "weight");
  }

  @Test
  void rangeOnBigDecimal() {
    Object valid = build(constrained, VALID);
    rejects(valid, "setPrice", new BigDecimal("10.01"), "price",
        "Invalid value for `price`, must be a value less than or equal to `10`", "10.01");
    rejects(valid, "setPrice", new BigDecimal("0.999"), "price",
        "Invalid value for `price`, must be a value greater than or equal to `1`", "0.999");
    accepts(valid, "setPrice", new BigDecimal("10.000"), "price");
    accepts(valid, "setPrice", new BigDecimal("1"), "price");
  }

  @Test
  void rangeOnBigIntegerBeyondLong() {
    Object valid = build(constrained, VALID);
    BigInteger huge = BigInteger.TWO.pow(64).add(BigInteger.valueOf(5)); // longValue() would be 5
    rejects(valid, "setUnits", huge, "units",
        "Invalid value for `units`, must be a value less than or equal to `1000`", huge.toString());
    rejects(valid, "setUnits", BigInteger.valueOf(-1), "units",
        "Invalid value for `units`, must be a value greater than or equal to `0`", "-1");
    accepts(valid, "setUnits", BigInteger.valueOf(1000), "units");
  }

  @Test
  void rangeOnPrimitiveInt() {
    Object valid = build(constrained, VALID);
    rejects(valid, "setLevel", 4, "level", "Invalid value for `level`, must be a value less than or equal to `3`", "4");
    rejects(valid, "setLevel", 0, "level", "Invalid value for `level`, must be a value greater than or equal to `1`", "0");
    accepts(valid, "setLevel", 3, "level");
  }

  @Test
  void sizeOnMapCountsItems() {
    Object valid = build(constrained, VALID);
    Map<String, String> three = new java.util.LinkedHashMap<>();
    three.put("a", "1");
    three.put("b", "2");
    three.put("c", "3");
    rejects(valid, "setLabels", three, "labels",
        "Invalid value for `labels`, number of items must be less than or equal to `2`", "{a=1, b=2, c=3}");
    rejects(valid, "setLabels", Map.of(), "labels",
        "Invalid value for `labels`, number of items must be greater than or equal to `1`", "{}");
    accepts(valid, "setLabels", Map.of("a", "1", "b", "2"), "labels");
  }

  @Test
  void patternUsesFindSemantics() {
    Object valid = build(constrained, VALID);
    accepts(valid, "setCode", "abc123def", "code");
    rejects(valid, "setCode", "abc", "code", "Invalid value for `code`, must match pattern `/[0-9]+/`", "abc");
    rejects(valid, "setCode", "", "code", "Invalid value for `code`, must match pattern `/[0-9]+/`", "");
  }

  /** The setter throws exactly this one violation and leaves the property unchanged. */
  private static void rejects(Object target, String setter, Object value, String path, String message, String shown) {
    String accessor = Character.toLowerCase(setter.charAt(3)) + setter.substring(4);
    Object before = call(target, accessor);
    ModelValidationException e = assertThrows(ModelValidationException.class, () -> call(target, setter, value));
    assertEquals(List.of(new Violation(path, message, shown)), e.violations());
    assertEquals(message, e.getMessage());
    assertEquals(before, call(target, accessor));
  }

  private static void accepts(Object target, String setter, Object value, String accessor) {
    call(target, setter, value);
    assertEquals(value, call(target, accessor));
    assertEquals(List.of(), call(target, "validate"));
  }
}
