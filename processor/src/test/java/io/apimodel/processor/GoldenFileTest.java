/*
 * Golden file: the whole generated source of a small model, compared character for character.
 *
 * After an intended change to the generated code, regenerate the golden file instead of editing
 * it by hand, then review the diff:
 *
 *   mvn -B -o -pl processor -am verify -Dapimodel.updateGolden=true -Dtest=GoldenFileTest \
 *       -Dsurefire.failIfNoSpecifiedTests=false
 *
 * With -Dapimodel.updateGolden=true the test writes src/test/resources/golden/Note.java (relative
 * to the processor module, surefire's working directory) and does not compare.
 *
 * The model is in package "notes", not "golden": test resources are on javac's class path, and
 * javac would otherwise find golden/Note.java there as the source of golden.Note and compile it.
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

  private static final Path GOLDEN = Path.of("src/test/resources/golden/Note.java");

  @Test
  void generatedSourceMatchesTheGoldenFile() throws IOException {
    Compilation compilation = Models.compile("good/notes/NoteModel.java");
    assertThat(compilation).succeededWithoutWarnings();
    String generated =
        compilation.generatedSourceFile("notes.Note").orElseThrow().getCharContent(true).toString();

    if (Boolean.getBoolean("apimodel.updateGolden")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, generated, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), generated,
        "generated source differs from " + GOLDEN.toAbsolutePath() + "; if the change is intended,"
            + " rerun with -Dapimodel.updateGolden=true (see the comment at the top of GoldenFileTest)");
  }
}
