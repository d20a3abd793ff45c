package io.apimodel.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Jackson annotations apimodel does not read are warnings that say what it does instead; JSON
 * naming settings that conflict or that it cannot compute, and unusable package settings, are
 * errors. Inputs in src/test/resources/bad/jackson/ and bad/suffix/.
 */
class JacksonAndSettingsDiagnosticsTest {

  @Test
  void jacksonAnnotationsThatAreNotReadAreWarnings() {
    BadInput input = BadInput.compile("bad/jackson/LooseModel.java")
        .warning("[ApiModelJackson] @JsonIgnoreProperties on interface LooseModel has no effect: apimodel's JSON mapping"
            + " does not read it; members that no property claims are kept in unknownFields() and written back",
            "@JsonIgnoreProperties(ignoreUnknown = true)")
        .warning("[ApiModelJackson] @JsonIgnore on property \"secret\" has no effect: apimodel's JSON mapping does not"
            + " read it; every property is read and written (a default method without @Default is not a property)",
            "@JsonIgnore // out of JSON")
        .warning("[ApiModelJackson] @JsonFormat on property \"created\" has no effect: apimodel's JSON mapping does not"
            + " read it; date-times are written in RFC 3339 with their offset, dates as yyyy-mm-dd, numbers as JSON"
            + " numbers", "@JsonFormat(pattern")
        .warning("[ApiModelJackson] @JsonInclude on property \"note\" has no effect: apimodel's JSON mapping does not"
            + " read it; null properties are always left out when writing, and unknown fields are written as they were"
            + " read", "@JsonInclude(JsonInclude.Include.ALWAYS)")
        .warning("[ApiModelJackson] @JsonProperty(required = true) on property \"extId\" has no effect: apimodel reads"
            + " only its value, the JSON name; use @Required", "required = true")
        .warning("[ApiModelJackson] @JsonProperty(access = Access.READ_ONLY) on property \"status\" has no effect:"
            + " apimodel reads only its value, the JSON name; every property is read and written (a default method"
            + " without @Default is not a property)", "access = JsonProperty.Access.READ_ONLY");
    assertThat(input.compilation).succeeded();
    assertThat(input.compilation).hadWarningCount(6);
    input.generated(Map.of("invalid.jackson.Loose", List.of("invalid.jackson.LooseModel")));
  }

  @Test
  void twoJsonNamingSettingsOnOneModel() {
    BadInput.compile("bad/jackson/TwiceNamedModel.java")
        .error("[ApiModelJsonName] @ApiModel interface TwiceNamedModel sets its JSON names twice, with"
            + " @ApiModel(jsonNames = ...) and @JsonNaming; keep one", "@JsonNaming(")
        .errors(1)
        .nothingGenerated();
  }

  @Test
  void aNamingStrategyOfTheUsersOwn() {
    BadInput.compile("bad/jackson/ShoutingModel.java")
        .error("[ApiModelJsonName] @JsonNaming(invalid.jackson.ShoutingModel.Shouting.class) is not one of Jackson's"
            + " standard strategies, whose names apimodel computes at compile time; use one of"
            + " PropertyNamingStrategies' (SnakeCaseStrategy, KebabCaseStrategy, ...), @ApiModel(jsonNames = ...),"
            + " or @JsonProperty on each property", "@JsonNaming(")
        .errors(1)
        .nothingGenerated();
  }

  @Test
  void anEmptySuffixIsAnErrorOnThePackageAndItsModelsKeepModel() {
    BadInput input = BadInput.compile("bad/suffix/empty/package-info.java", "bad/suffix/empty/ThingModel.java")
        .error("[ApiModelName] @ApiModelDefaults suffix \"\" cannot end a Java class name; use letters and digits,"
            + " such as \"Def\" (models here keep the suffix \"Model\")", "@ApiModelDefaults(suffix = \"\")")
        .errors(1);
    input.generated(Map.of("invalid.suffix.empty.Thing", List.of("invalid.suffix.empty.ThingModel")));
  }

  @Test
  void aModelWithoutThePackagesSuffix() {
    BadInput input = BadInput.compile("bad/suffix/def/WidgetModel.java", "bad/suffix/def/package-info.java");
    input.error("[ApiModelName] @ApiModel interface WidgetModel does not end in \"Def\" and has no name; rename it to"
            + " WidgetModelDef or set @ApiModel(name = \"...\")", "@ApiModel")
        .errors(1)
        .nothingGenerated();
  }
}
