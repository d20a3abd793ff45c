package io.apimodel.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * SPEC §6: bad input gets a compile error on the offending element, with the rule's id; the model
 * gets no class; other models still do; never a crash. Inputs are in src/test/resources/bad/, in
 * package "invalid" (not "bad", so that javac never mistakes a resource on the class path for the
 * source of a class it looks up).
 */
class DiagnosticsTest {

  @Test
  void apiModelOnAClass() {
    JavaFileObject file = JavaFileObjects.forResource("bad/WidgetModel.java");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("[ApiModelTarget]").inFile(file).onLineContaining("public class WidgetModel");
    assertThat(compilation).hadErrorContaining("WidgetModel is a class; declare it as an interface");
    assertThat(compilation).hadErrorCount(1);
    assertNothingGenerated();
  }

  @Test
  void noModelSuffixAndNoName() {
    JavaFileObject file = JavaFileObjects.forResource("bad/Widget.java");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("[ApiModelName]").inFile(file).onLineContaining("@ApiModel");
    assertThat(compilation).hadErrorContaining("rename it to WidgetModel or set @ApiModel(name = \"...\")");
    assertThat(compilation).hadErrorCount(1);
    assertNothingGenerated();
  }

  @Test
  void abstractMethodWithParameters() {
    JavaFileObject file = JavaFileObjects.forResource("bad/LocalizedModel.java");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("[ApiModelMethod]").inFile(file).onLineContaining("String name(String locale);");
    assertThat(compilation).hadErrorContaining("has parameters");
    assertThat(compilation).hadErrorCount(1);
    assertNothingGenerated();
  }

  @Test
  void unsupportedJavaUtilDate() {
    JavaFileObject file = JavaFileObjects.forResource("bad/DatedModel.java");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("[ApiModelType]").inFile(file).onLineContaining("Date created();");
    assertThat(compilation).hadErrorContaining("property \"created\" has type java.util.Date");
    assertThat(compilation).hadErrorContaining("java.time.OffsetDateTime");
    assertThat(compilation).hadErrorCount(1);
    assertNothingGenerated();
  }

  @Test
  void patternThatDoesNotCompile() {
    JavaFileObject file = JavaFileObjects.forResource("bad/CodedModel.java");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("[ApiModelPattern]").inFile(file).onLineContaining("@Pattern(\"[a-z\")");
    assertThat(compilation).hadErrorContaining("@Pattern on property \"code\" does not compile");
    assertThat(compilation).hadErrorCount(1);
    assertNothingGenerated();
  }

  /** javac reports the missing symbol itself; apimodel adds one error on the property, at the end. */
  @Test
  void referenceToATypeThatIsNeverGenerated() {
    JavaFileObject file = JavaFileObjects.forResource("bad/GizmoHolderModel.java");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("[ApiModelUnknownType]").inFile(file).onLineContaining("Gizmo gizmo();");
    assertThat(compilation).hadErrorContaining("property \"gizmo\" refers to Gizmo");
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(file).onLineContaining("Gizmo gizmo();");
    assertThat(compilation).hadErrorCount(2);
    assertNothingGenerated();
  }

  /**
   * A model is read again in the next round when it refers to a type that is not there yet, but the
   * errors found before that must not be reported a second time (STYLE.md: no wall of errors).
   */
  @Test
  void errorsFoundBeforeADeferralAreReportedOnce() {
    JavaFileObject file = JavaFileObjects.forResource("bad/HalfBrokenModel.java");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("[ApiModelMethod]").inFile(file).onLineContaining("String name(String locale);");
    assertThat(compilation).hadErrorContaining("[ApiModelUnknownType]").inFile(file).onLineContaining("Gizmo gizmo();");
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(file).onLineContaining("Gizmo gizmo();");
    assertThat(compilation).hadErrorCount(3);
    assertNothingGenerated();
  }

  /** The contrast: a type that another processor generates in round 1 is found in round 2. */
  @Test
  void typeThatAppearsInALaterRoundIsNotAnError() {
    RecordingProcessor recording = new RecordingProcessor();
    Compilation compilation =
        javac().withProcessors(recording, new CurrencyProcessor())
            .withOptions(Models.LINT)
            .compile(JavaFileObjects.forResource("good/later/PriceModel.java"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("later.Price").contentsAsUtf8String()
        .contains("public Currency currency()");
    assertEquals(Map.of("later.Price", List.of("later.PriceModel")), recording.origins);
  }

  @Test
  void goodModelIsGeneratedNextToABrokenOne() {
    JavaFileObject file = JavaFileObjects.forResource("bad/MixedModels.java");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("[ApiModelType]").inFile(file).onLineContaining("java.util.Date when();");
    assertThat(compilation).hadErrorCount(1);
    assertEquals(Map.of("invalid.Good", List.of("invalid.GoodModel")), recording.origins);
  }

  /** What the processor asked the Filer to create during the last compile(file). */
  private RecordingProcessor recording;

  private Compilation compile(JavaFileObject file) {
    recording = new RecordingProcessor();
    return javac().withProcessors(recording).withOptions(Models.LINT).compile(file);
  }

  /** compile-testing hides the generated files of a failed compilation; the Filer saw them. */
  private void assertNothingGenerated() {
    assertEquals(Map.of(), recording.origins);
  }

  /** Writes the enum ext.Currency in its first round, as any other code generator could. */
  private static final class CurrencyProcessor extends AbstractProcessor {
    private boolean written;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!written) {
        written = true;
        try (Writer out = processingEnv.getFiler().createSourceFile("ext.Currency").openWriter()) {
          out.write("package ext;\n\npublic enum Currency { EUR, USD }\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}
