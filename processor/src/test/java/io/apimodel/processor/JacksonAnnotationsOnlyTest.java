package io.apimodel.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Without jackson-databind on the compile classpath (this module's tests have only
 * jackson-annotations), a model still compiles and its generated class uses no databind type: it
 * carries the jackson-annotations mapping only.
 */
class JacksonAnnotationsOnlyTest {

  @Test
  void noDatabindTypeWithoutDatabind() throws IOException {
    assertNull(getClass().getClassLoader().getResource("com/fasterxml/jackson/databind/ObjectMapper.class"),
        "this test needs a classpath without jackson-databind");
    Compilation compilation = Models.compile("good/notes/NoteModel.java");
    assertThat(compilation).succeededWithoutWarnings();
    String source = compilation.generatedSourceFile("notes.Note").orElseThrow().getCharContent(true).toString();
    assertTrue(source.contains("@JsonValue"), source);
    assertTrue(source.contains("@JsonCreator("), source);
    assertFalse(source.contains("databind"), source);
    assertFalse(source.contains("jackson.core"), source);
  }
}
