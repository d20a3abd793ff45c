package io.apimodel.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * SPEC §5's table: a class gets exactly one JSON mapping per Jackson line on the compile
 * classpath. With jackson-annotations only, a model compiles and its generated class uses no
 * databind type; with jackson-databind it gets the codec and none of the annotation-driven mapping.
 */
class JacksonAnnotationsOnlyTest {

  @Test
  void withJacksonAnnotationsOnlyTheClassHasTheAnnotationDrivenMappingOnly() throws IOException {
    assertTrue(Models.classpath(false).stream().noneMatch(f -> f.getName().contains("jackson-databind")));
    String source = generated(Models.compile("good/notes/NoteModel.java"));
    assertTrue(source.contains("@JsonValue"), source);
    assertTrue(source.contains("@JsonCreator("), source);
    assertFalse(source.contains("databind"), source);
    assertFalse(source.contains("jackson.core"), source);
    assertFalse(source.contains("class Json "), source);
  }

  @Test
  void withJacksonDatabindTheClassHasTheCodecOnly() throws IOException {
    String source = generated(Models.compileWithDatabind("good/notes/NoteModel.java"));
    assertTrue(source.contains("@JsonSerialize(using = Note.Json.Serializer.class)"), source);
    assertTrue(source.contains("@JsonDeserialize(using = Note.Json.class)"), source);
    assertTrue(source.contains("public static final class Json extends ModelDeserializer<Note>"), source);
    assertFalse(source.contains("@JsonValue"), source);
    assertFalse(source.contains("@JsonCreator"), source);
    assertFalse(source.contains("JsonTokens"), source);
  }

  private static String generated(Compilation compilation) throws IOException {
    assertThat(compilation).succeededWithoutWarnings();
    return compilation.generatedSourceFile("notes.Note").orElseThrow().getCharContent(true).toString();
  }
}
