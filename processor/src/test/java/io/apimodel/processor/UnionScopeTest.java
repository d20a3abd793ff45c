package io.apimodel.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static io.apimodel.processor.Models.build;
import static io.apimodel.processor.Models.call;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import io.apimodel.runtime.ApiUnion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unions where names and rounds make it hard: a variant model named {@code Kind} (like the union
 * class's enum), variant types and union classes of other packages, a union nested in an
 * interface, used before it is declared, named like its variant's type, extending a generic
 * interface; a union whose interface, or whose variant's model, another processor writes in a later
 * round.
 */
class UnionScopeTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path temp;

  @Test
  void unionsAcrossPackagesNestedAndNamedLikeWhatTheyHold() throws Exception {
    // The holder comes first: it refers to union classes that do not exist until the processor writes them.
    Compilation compilation = Models.compileWithDatabind("good/unionscope/a/HolderModel.java",
        "good/unionscope/b/Outer.java", "good/unionscope/b/KindModel.java", "good/unionscope/b/TaskOrTextModel.java",
        "good/unionscope/c/TaskModel.java");
    assertThat(compilation).succeededWithoutWarnings();
    ClassLoader loader = Models.load(compilation, Files.createDirectories(temp.resolve("scope")));
    Class<?> choice = Models.loadClass(loader, "unionscope.b.Choice");
    Class<?> kindModel = Models.loadClass(loader, "unionscope.b.Kind");
    Class<?> taskModel = Models.loadClass(loader, "unionscope.c.Task");
    Class<?> taskUnion = Models.loadClass(loader, "unionscope.b.Task");
    Class<?> holder = Models.loadClass(loader, "unionscope.a.Holder");

    List<String> kinds = new ArrayList<>();
    for (Object constant : Models.loadClass(loader, "unionscope.b.Choice$Kind").getEnumConstants()) {
      kinds.add(((Enum<?>) constant).name());
    }
    assertEquals(List.of("AS_KIND", "KINDS", "TASK", "UNKNOWN"), kinds);
    Object kind = build(kindModel, "label", "k");
    Object asKind = call(choice, "ofAsKind", kind);
    assertEquals(kind, call(asKind, "asKind"));
    assertEquals("AS_KIND", ((ApiUnion) asKind).kind().name());
    Object task = build(taskModel, "title", "t");
    Object taskOrText = call(taskUnion, "ofTask", task);
    assertEquals(task, call(taskOrText, "task"));

    Object built = build(holder, "choice", call(choice, "ofTask", task),
        "choices", List.of(asKind, call(choice, "ofKinds", List.of(kind, kind))), "taskOrText", taskOrText);
    String json = MAPPER.writeValueAsString(built);
    assertEquals("{\"choice\":{\"title\":\"t\"},\"choices\":[{\"label\":\"k\"},[{\"label\":\"k\"},{\"label\":\"k\"}]],"
        + "\"taskOrText\":{\"title\":\"t\"}}", json);
    // Without $objectType, an object goes to the only model variant there is: in Choice there are two, so UNKNOWN.
    Object read = MAPPER.readValue(json, holder);
    assertEquals("UNKNOWN", ((ApiUnion) call(read, "choice")).kind().name());
    assertEquals(taskOrText, call(read, "taskOrText"));
    assertEquals(List.of(), call(built, "validate"));
  }

  /** Variants inherited from a generic interface have the types of the union's type arguments. */
  @Test
  void variantsOfAGenericSuperInterface() throws Exception {
    Compilation compilation = Models.compile("good/genericunion/OutcomeModel.java", "good/genericunion/Either.java",
        "good/genericunion/FailureModel.java");
    assertThat(compilation).succeededWithoutWarnings();
    ClassLoader loader = Models.load(compilation, Files.createDirectories(temp.resolve("generic")));
    Class<?> outcome = Models.loadClass(loader, "genericunion.Outcome");
    Object failure = build(Models.loadClass(loader, "genericunion.Failure"), "reason", "r");
    // getMethod picks the accessor over the bridge method for Either's erased L failure().
    assertEquals(failure, outcome.getMethod("failure").invoke(call(outcome, "ofFailure", failure)));
    assertEquals("ok", outcome.getMethod("success").invoke(call(outcome, "ofSuccess", "ok")));
    assertEquals(String.class, outcome.getMethod("success").getReturnType());
  }

  /**
   * Another processor writes, in its first round, the @OneOf interface of a union that a model here
   * holds, and the @ApiModel interface of a union's variant: both are found in the next round.
   */
  @Test
  void unionInterfaceAndVariantModelFromALaterRound() {
    RecordingProcessor recording = new RecordingProcessor();
    Compilation compilation = javac().withProcessors(new PollProcessor(), recording).withOptions(Models.LINT)
        .compile(Models.sources("good/laterunion/ElectionModel.java", "good/laterunion/VoteModel.java"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(Map.of(
        "ext.Poll", List.of("ext.PollModel"),
        "ext.Ballot", List.of("ext.BallotModel"),
        "laterunion.Vote", List.of("laterunion.VoteModel"),
        "laterunion.Election", List.of("laterunion.ElectionModel")), recording.origins);
    assertThat(compilation).generatedSourceFile("laterunion.Vote").contentsAsUtf8String()
        .contains("public static Vote ofBallot(Ballot value)");
    assertThat(compilation).generatedSourceFile("laterunion.Election").contentsAsUtf8String()
        .contains("public Poll poll()");
  }

  /** Writes ext.PollModel (@OneOf) and ext.BallotModel (@ApiModel) in its first round. */
  private static final class PollProcessor extends AbstractProcessor {
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
        write("ext.PollModel", "package ext;\n\n@io.apimodel.OneOf\npublic interface PollModel {\n"
            + "  String question();\n\n  Long count();\n}\n");
        write("ext.BallotModel", "package ext;\n\n@io.apimodel.ApiModel\npublic interface BallotModel {\n"
            + "  String choice();\n}\n");
      }
      return false;
    }

    private void write(String name, String source) {
      try (Writer out = processingEnv.getFiler().createSourceFile(name).openWriter()) {
        out.write(source);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
