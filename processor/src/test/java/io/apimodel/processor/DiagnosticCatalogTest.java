/*
 * docs/diagnostics.md (at the repository root) lists every diagnostic of the processor; it is
 * generated from the enum io.apimodel.processor.diag.Diagnostic, never edited by hand.
 *
 * After adding or changing a diagnostic, regenerate it and review the diff:
 *
 *   mvn -B -o -pl processor -am verify -Dapimodel.updateDocs=true -Dtest=DiagnosticCatalogTest \
 *       -Dsurefire.failIfNoSpecifiedTests=false
 *
 * With -Dapimodel.updateDocs=true the test writes ../docs/diagnostics.md (relative to the processor
 * module, surefire's working directory) instead of comparing.
 */
package io.apimodel.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimodel.processor.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DiagnosticCatalogTest {

  private static final Path DOC = Path.of("..", "docs", "diagnostics.md");
  private static final Path MAIN_SOURCES = Path.of("src", "main", "java");

  @Test
  void docsListEveryDiagnostic() throws IOException {
    String rendered = render();
    if (Boolean.getBoolean("apimodel.updateDocs")) {
      Files.createDirectories(DOC.getParent());
      Files.writeString(DOC, rendered, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(DOC), DOC.toAbsolutePath() + " is missing; run with -Dapimodel.updateDocs=true");
    assertEquals(rendered, Files.readString(DOC, StandardCharsets.UTF_8),
        DOC.toAbsolutePath() + " is out of date with the Diagnostic enum; rerun with -Dapimodel.updateDocs=true"
            + " (see the comment at the top of DiagnosticCatalogTest)");
  }

  /** The documented example must be a message the template can produce. */
  @Test
  void everyExampleMatchesItsTemplate() {
    for (Diagnostic diagnostic : Diagnostic.values()) {
      assertTrue(diagnostic.example().matches(pattern(diagnostic.template())),
          diagnostic + ": example \"" + diagnostic.example() + "\" does not match \"" + diagnostic.template() + "\"");
    }
  }

  @Test
  void idsAreBracketableNamesAndTextsFitOnOneLine() {
    for (Diagnostic diagnostic : Diagnostic.values()) {
      assertTrue(diagnostic.id().matches("ApiModel[A-Z][A-Za-z]*"), diagnostic + ": id " + diagnostic.id());
      assertTrue(!diagnostic.template().contains("\n") && !diagnostic.template().contains("`"), diagnostic.toString());
    }
  }

  /** A constant that nothing reports is a documented message users never see. */
  @Test
  void everyDiagnosticIsReportedSomewhere() throws IOException {
    String sources;
    try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
      List<String> texts = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        if (!file.endsWith(Path.of("diag", "Diagnostic.java"))) {
          texts.add(Files.readString(file, StandardCharsets.UTF_8));
        }
      }
      sources = String.join("\n", texts);
    }
    for (Diagnostic diagnostic : Diagnostic.values()) {
      assertTrue(sources.contains("Diagnostic." + diagnostic.name()), diagnostic + " is never reported");
    }
  }

  static String render() {
    StringBuilder out = new StringBuilder();
    out.append("# Compile-time diagnostics\n\n")
        .append("<!-- Generated from io.apimodel.processor.diag.Diagnostic by DiagnosticCatalogTest;"
            + " do not edit by hand. Regenerate with:\n"
            + "     mvn -B -o -pl processor -am verify -Dapimodel.updateDocs=true -Dtest=DiagnosticCatalogTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -->\n\n")
        .append("Every message of the apimodel processor starts with a bracketed id, such as `[ApiModelRange]`.\n")
        .append("Look the id up here. An **error** is reported on the most specific place (the annotation value,\n")
        .append("else the annotation, else the method, else the interface); the model with errors gets no\n")
        .append("generated class, the other models still do. A **warning** marks a model that is legal but\n")
        .append("probably not what was meant; the class is still generated. In the messages, `%s` and `%d`\n")
        .append("stand for the names and numbers of your model. A message about an element outside the model\n")
        .append("(an inherited method, an enum the model uses) ends with `(in @ApiModel interface ...)`.\n\n")
        .append("Ids: ")
        .append(Stream.of(Diagnostic.values()).map(Diagnostic::id).distinct().map(id -> "`" + id + "`")
            .collect(Collectors.joining(", ")))
        .append(".\n\n")
        .append("| id | kind | message | example |\n")
        .append("|---|---|---|---|\n");
    for (Diagnostic diagnostic : Diagnostic.values()) {
      out.append("| `").append(diagnostic.id()).append("` | ")
          .append(diagnostic.kind().name().toLowerCase(Locale.ROOT)).append(" | ")
          .append(code(diagnostic.template())).append(" | ")
          .append(code("[" + diagnostic.id() + "] " + diagnostic.example())).append(" |\n");
    }
    out.append("\n`ApiModelInternal` is a bug in apimodel, whatever the model: please report it. To see how such\n")
        .append("a bug is reported, compile with `-Aapimodel.debug.failOn=<simple name of an @ApiModel interface>`:\n")
        .append("the processor then fails on purpose for that interface (a debugging aid, not for builds).\n");
    return out.toString();
  }

  private static String code(String text) {
    return "`" + text.replace("|", "\\|") + "`";
  }

  /** A regex for the messages a format template produces. */
  private static String pattern(String template) {
    Matcher m = java.util.regex.Pattern.compile("%[sd]").matcher(template);
    StringBuilder regex = new StringBuilder();
    int last = 0;
    while (m.find()) {
      regex.append(java.util.regex.Pattern.quote(template.substring(last, m.start())));
      regex.append(m.group().equals("%d") ? "-?\\d+" : ".+");
      last = m.end();
    }
    return regex.append(java.util.regex.Pattern.quote(template.substring(last))).toString();
  }
}
