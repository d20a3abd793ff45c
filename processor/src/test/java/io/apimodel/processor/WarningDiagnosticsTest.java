package io.apimodel.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A model that is legal but likely wrong gets a warning, not an error: it is still generated.
 * Inputs in src/test/resources/bad/warn/.
 */
class WarningDiagnosticsTest {

  @Test
  void requiredOnAPrimitive() {
    BadInput input = BadInput.compile("bad/warn/CountModel.java")
        .warning("[ApiModelRequired] @Required on property \"count\" has no effect: its type int is primitive and never"
            + " null; remove @Required, or use Integer if the value may be missing", "@Required");
    assertThat(input.compilation).succeeded();
    assertThat(input.compilation).hadWarningCount(1);
    input.generated(Map.of("invalid.warn.Count", List.of("invalid.warn.CountModel")));
  }

  /**
   * A primitive holds 0 until it is set; a @Range without 0 makes it required in effect (a new
   * object and JSON without the member fail validation). Not for boxes, ranges holding 0, or @Default.
   */
  @Test
  void rangeThatExcludesTheZeroOfAPrimitive() {
    BadInput input = BadInput.compile("bad/warn/ReplicaSetModel.java")
        .warning("[ApiModelRange] @Range on property \"replicas\" excludes 0, the value its primitive type int holds"
            + " until it is set, so the property is required in effect: a new object, and JSON without \"replicas\","
            + " fail validation; use Integer if the value may be missing, or give it a @Default",
            "@Range(min = 1, max = 7)")
        .warning("[ApiModelRange] @Range on property \"offset\" excludes 0, the value its primitive type long holds"
            + " until it is set, so the property is required in effect: a new object, and JSON without \"offset\","
            + " fail validation; use Long if the value may be missing, or give it a @Default", "@Range(max = -1)");
    assertThat(input.compilation).succeeded();
    assertThat(input.compilation).hadWarningCount(2);
    input.generated(Map.of("invalid.warn.ReplicaSet", List.of("invalid.warn.ReplicaSetModel")));
  }

  /** A max an int never exceeds does nothing; a min above every int rejects every value. */
  @Test
  void rangeBoundsOutsideTheValuesOfAnInt() {
    BadInput input = BadInput.compile("bad/warn/GaugeModel.java")
        .warning("[ApiModelRange] @Range max (3000000000) on property \"level\" is outside the values of int"
            + " (-2147483648 to 2147483647), so it has no effect; use a bound within that range or a wider type such as"
            + " Long", "@Range(min = 0, max = 3_000_000_000L)")
        .warning("[ApiModelRange] @Range min (5000000000) on property \"floor\" is outside the values of int"
            + " (-2147483648 to 2147483647), so it rejects every value", "@Range(min = 5_000_000_000L)");
    assertThat(input.compilation).succeeded();
    assertThat(input.compilation).hadWarningCount(2);
    input.generated(Map.of("invalid.warn.Gauge", List.of("invalid.warn.GaugeModel")));
  }

  @Test
  void constraintOnADefaultMethodThatIsNotAProperty() {
    BadInput input = BadInput.compile("bad/warn/SummaryModel.java")
        .warning("[ApiModelIgnored] @Size on SummaryModel.summary() has no effect: a default method without @Default is"
            + " not a property; add @Default to make it one, or remove @Size", "@Size(max = 10)");
    assertThat(input.compilation).succeeded();
    assertThat(input.compilation).hadWarningCount(1);
    input.generated(Map.of("invalid.warn.Summary", List.of("invalid.warn.SummaryModel")));
  }
}
