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
 * packages "invalid..." (not "bad", so that javac never mistakes a resource on the class path for
 * the source of a class it looks up).
 *
 * <p>This class holds what cuts across the rules: rounds, a good model beside a bad one, apimodel
 * bugs. One test per rule is in TargetDiagnosticsTest, MethodDiagnosticsTest, TypeDiagnosticsTest,
 * NameDiagnosticsTest, ConstraintDiagnosticsTest and WarningDiagnosticsTest.
 */
class DiagnosticsTest {







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

  /**
   * The contrast: a type that another processor generates in round 1 is found in round 2. (That
   * processor comes first: apimodel claims its annotations, so a "*" processor after it is not
   * called in a round that holds only apimodel's annotations.)
   */
  @Test
  void typeThatAppearsInALaterRoundIsNotAnError() {
    RecordingProcessor recording = new RecordingProcessor();
    Compilation compilation =
        javac().withProcessors(new CurrencyProcessor(), recording)
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
    assertThat(compilation).hadErrorContaining("[ApiModelType] property \"when\" has type java.util.Date")
        .inFile(file).onLineContaining("java.util.Date when();");
    assertThat(compilation).hadErrorCount(1);
    assertEquals(Map.of("invalid.Good", List.of("invalid.GoodModel")), recording.origins);
  }


  /**
   * An exception inside the processor (forced with the debugging option) is one error on that
   * model's interface that says it is an apimodel bug, in one line; the next model is generated.
   */
  @Test
  void unexpectedExceptionIsOneErrorOnTheModelAndTheNextModelIsGenerated() {
    BadInput input = BadInput.compileWithOptions(
            List.of("-A" + ApiModelProcessor.FAIL_ON_OPTION + "=FragileModel"), "bad/internal/FragileModel.java", "bad/internal/SturdyModel.java")
        .error("[ApiModelInternal] apimodel bug while processing FragileModel: java.lang.IllegalStateException:"
            + " apimodel.debug.failOn=FragileModel (a deliberate failure) at io.apimodel.processor.ApiModelProcessor",
            "interface FragileModel")
        .error("This is a bug in apimodel, not in your code; please report it with this model. The other models were"
            + " still generated", "interface FragileModel")
        .errors(1);
    input.generated(Map.of("invalid.internal.Sturdy", List.of("invalid.internal.SturdyModel")));
    // The option is declared, so javac does not warn that no processor recognised it.
    assertThat(input.compilation).hadWarningCount(0);
  }

  /** Without the option the same file compiles: the failure above is the hook, not the input. */
  @Test
  void theSameModelsCompileWithoutTheDebuggingOption() {
    BadInput input = BadInput.compile("bad/internal/FragileModel.java", "bad/internal/SturdyModel.java");
    assertThat(input.compilation).succeededWithoutWarnings();
    input.generated(Map.of(
        "invalid.internal.Fragile", List.of("invalid.internal.FragileModel"),
        "invalid.internal.Sturdy", List.of("invalid.internal.SturdyModel")));
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
