package io.apimodel.processor;

import org.junit.jupiter.api.Test;

/**
 * SPEC §2 "Annotations": constraints where they do not apply or make no sense, @Default on an
 * abstract method, @DictKey, and the enums a model uses. The error sits on the annotation, or on
 * the annotation value when one value is at fault. Inputs in src/test/resources/bad/constraints/
 * and bad/enums/.
 */
class ConstraintDiagnosticsTest {

  @Test
  void rangeOnANonNumber() {
    BadInput.compile("bad/constraints/RangedNameModel.java")
        .error("[ApiModelRange] @Range on property \"name\" of type java.lang.String: @Range applies only to numbers;"
            + " remove it or use @Size for lengths", "@Range(min = 1, max = 5)")
        .errors(1)
        .nothingGenerated();
  }

  @Test
  void rangeMinAboveMax() {
    BadInput.compile("bad/constraints/BoxSizeModel.java")
        .error("[ApiModelRange] @Range min (10) is greater than max (5) on property \"size\"; swap or fix the bounds",
            "@Range(min = 10, max = 5)")
        .errors(1)
        .nothingGenerated();
  }

  @Test
  void sizeOnANumber() {
    BadInput.compile("bad/constraints/CounterModel.java")
        .error("[ApiModelSize] @Size on property \"count\" of type java.lang.Integer: @Size applies only to String, List"
            + " and Map; use @Range for numbers", "@Size(max = 3)")
        .errors(1)
        .nothingGenerated();
  }

  /** On the value: it is on a line of its own. */
  @Test
  void negativeSize() {
    BadInput.compile("bad/constraints/NegativeSizeModel.java")
        .error("[ApiModelSize] @Size min (-1) is negative on property \"name\"; sizes start at 0", "min = -1)")
        .errors(1)
        .nothingGenerated();
  }

  @Test
  void sizeMinAboveMax() {
    BadInput.compile("bad/constraints/TagsModel.java")
        .error("[ApiModelSize] @Size min (5) is greater than max (2) on property \"tags\"; swap or fix the bounds",
            "@Size(min = 5, max = 2)")
        .errors(1)
        .nothingGenerated();
  }

  @Test
  void patternOnANonString() {
    BadInput.compile("bad/constraints/ZipModel.java")
        .error("[ApiModelPattern] @Pattern on property \"zip\" of type java.lang.Integer: @Pattern applies only to"
            + " String; remove it", "@Pattern(\"[0-9]{5}\")")
        .errors(1)
        .nothingGenerated();
  }

  /** The message quotes java.util.regex's own error; it sits on the value, a line of its own. */
  @Test
  void patternThatDoesNotCompile() {
    BadInput.compile("bad/constraints/RegexModel.java")
        .error("[ApiModelPattern] @Pattern on property \"code\" does not compile: Unclosed group near index 5 of"
            + " \"^(a|b\"; fix the regular expression (java.util.regex syntax)", "\"^(a|b\")")
        .errors(1)
        .nothingGenerated();
  }

  @Test
  void patternThatDoesNotCompileOnTheMethodLine() {
    BadInput.compile("bad/CodedModel.java")
        .error("[ApiModelPattern] @Pattern on property \"code\" does not compile: Unclosed character class near index 3"
            + " of \"[a-z\"", "@Pattern(\"[a-z\")")
        .errors(1)
        .nothingGenerated();
  }

  @Test
  void defaultOnAnAbstractMethod() {
    BadInput.compile("bad/constraints/LocaleModel.java")
        .error("[ApiModelDefault] @Default on abstract method LocaleModel.locale(): @Default marks a default method"
            + " whose body gives the initial value; add a body or remove @Default", "@Default")
        .errors(1)
        .nothingGenerated();
  }

  @Test
  void emptyDictKey() {
    BadInput.compile("bad/constraints/KeylessModel.java")
        .error("[ApiModelDictKey] @DictKey on property \"name\" is empty; give the key, or remove the annotation",
            "@DictKey(\"\")")
        .errors(1)
        .nothingGenerated();
  }

  @Test
  void duplicatedDictKey() {
    BadInput input = BadInput.compile("bad/constraints/KeyedModel.java");
    input.error("[ApiModelDictKey] properties \"first\" and \"second\" both use the toDict() key \"id\"; set @DictKey on"
            + " one of them", "@DictKey(\"id\") String second();")
        .errors(1)
        .nothingGenerated();
  }

  /** On the enum constant, naming the model that uses the enum. */
  @Test
  void enumConstantsWithTheSameWireString() {
    BadInput input = BadInput.compile("bad/enums/PaletteModel.java", "bad/enums/Shade.java");
    input.error(input.files.get(1),
            "[ApiModelEnum] enum invalid.enums.Shade: constants RED and CRIMSON both have the wire string \"red\""
                + " (property \"shades\" uses the enum); give one of them another @JsonProperty (in @ApiModel interface"
                + " invalid.enums.PaletteModel)", "CRIMSON")
        .errors(1)
        .nothingGenerated();
  }

  @Test
  void severalJsonEnumDefaultValues() {
    BadInput input = BadInput.compile("bad/enums/StageModel.java", "bad/enums/Phase.java");
    input.error(input.files.get(1),
            "[ApiModelEnum] enum invalid.enums.Phase: constants UNKNOWN and REDACTED are both @JsonEnumDefaultValue"
                + " (property \"phase\" uses the enum); there is one fallback for unknown wire strings, keep the"
                + " annotation on one", "REDACTED")
        .errors(1)
        .nothingGenerated();
  }
}
