/*
 * Golden files: the whole generated source of two models and a union, compared character for
 * character: golden/Note.java, a small model compiled with jackson-annotations only,
 * golden/Gadget.java, a model with a property of every kind compiled with both Jacksons' databind (the
 * streaming codec, wired for each), and golden/Payload.java, a union with a variant of every shape.
 *
 * After an intended change to the generated code, regenerate the golden files instead of editing
 * them by hand, then review the diff:
 *
 *   mvn -B -o -pl processor -am verify -Dapimodel.updateGolden=true -Dtest=GoldenFileTest \
 *       -Dsurefire.failIfNoSpecifiedTests=false
 *
 * With -Dapimodel.updateGolden=true the test writes src/test/resources/golden/*.java (relative to
 * the processor module, surefire's working directory) and does not compare.
 *
 * The models are in packages "notes", "everykind" and "unions", not "golden": test resources are on
 * javac's class path, and javac would otherwise find golden/Note.java there as the source of
 * golden.Note.
 */
package io.apimodel.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GoldenFileTest {

  @Test
  void aSmallModelWithJacksonAnnotationsOnly() throws IOException {
    check(Models.compile("good/notes/NoteModel.java"), "notes.Note", "Note.java");
  }

  @Test
  void aModelOfEveryKindWithTheCodec() throws IOException {
    check(Models.compileWithBothJacksons("good/everykind/GadgetModel.java", "good/everykind/PartModel.java",
        "good/everykind/Mode.java", "good/everykind/Level.java"), "everykind.Gadget", "Gadget.java");
  }

  @Test
  void aUnionOfEveryVariantShape() throws IOException {
    check(Models.compileWithDatabind("good/unions/PayloadModel.java", "good/unions/ItemModel.java"), "unions.Payload",
        "Payload.java");
  }

  private static void check(Compilation compilation, String className, String golden) throws IOException {
    assertThat(compilation).succeededWithoutWarnings();
    String generated = compilation.generatedSourceFile(className).orElseThrow().getCharContent(true).toString();
    Path file = Path.of("src/test/resources/golden", golden);
    if (Boolean.getBoolean("apimodel.updateGolden")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, generated, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), generated,
        "generated source differs from " + file.toAbsolutePath() + "; if the change is intended,"
            + " rerun with -Dapimodel.updateGolden=true (see the comment at the top of GoldenFileTest)");
  }
}
