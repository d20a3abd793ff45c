package io.apimodel.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.apimodel.runtime.ModelValidationException;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * SPEC §5's table: a class gets exactly one JSON mapping per Jackson line on the compile
 * classpath. With jackson-annotations only, a model compiles and its generated class uses no
 * databind type; with a Jackson's databind it gets the codec, wired by that Jackson's annotations,
 * and none of the annotation-driven mapping; with both, one codec wired for each.
 */
class JacksonAnnotationsOnlyTest {

  @TempDir Path classes;

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
    assertTrue(source.contains("@JsonSerialize(using = Note.Json.Jackson2Serializer.class)"), source);
    assertTrue(source.contains("@JsonDeserialize(using = Note.Json.Jackson2Deserializer.class)"), source);
    assertTrue(source.contains("public static final class Json {"), source);
    assertTrue(source.contains("public static final class Jackson2Deserializer extends ModelDeserializer<Note>"), source);
    assertFalse(source.contains("tools.jackson"), source);
    assertFalse(source.contains("jackson3"), source);
    assertFalse(source.contains("@JsonValue"), source);
    assertFalse(source.contains("@JsonCreator"), source);
    assertFalse(source.contains("JsonTokens"), source);
  }

  @Test
  void withJackson3OnlyTheClassHasTheCodecWiredForJackson3Only() throws IOException {
    assertTrue(Models.classpath(false, true).stream().noneMatch(f -> f.getPath().contains("com/fasterxml/jackson/core/jackson-databind")));
    String source = generated(Models.compileWithJackson3("good/notes/NoteModel.java"));
    assertTrue(source.contains("@JsonSerialize(using = Note.Json.Jackson3Serializer.class)"), source);
    assertTrue(source.contains("@JsonDeserialize(using = Note.Json.Jackson3Deserializer.class)"), source);
    assertTrue(source.contains("import tools.jackson.databind.annotation.JsonDeserialize;"), source);
    assertTrue(source.contains("public static final class Jackson3Deserializer extends ModelValueDeserializer<Note>"), source);
    assertFalse(source.contains("com.fasterxml.jackson.databind"), source);
    assertFalse(source.contains("com.fasterxml.jackson.core"), source);
    assertFalse(source.contains("Jackson2"), source);
    assertFalse(source.contains("@JsonValue"), source);
    assertFalse(source.contains("@JsonCreator"), source);
  }

  @Test
  void withBothJacksonsTheClassHasOneCodecWiredForEach() throws IOException {
    String source = generated(Models.compileWithBothJacksons("good/notes/NoteModel.java"));
    assertTrue(source.contains("@JsonSerialize(using = Note.Json.Jackson2Serializer.class)"), source);
    assertTrue(source.contains("@JsonDeserialize(using = Note.Json.Jackson2Deserializer.class)"), source);
    assertTrue(source.contains("@tools.jackson.databind.annotation.JsonSerialize(using = Note.Json.Jackson3Serializer.class)"), source);
    assertTrue(source.contains("@tools.jackson.databind.annotation.JsonDeserialize(using = Note.Json.Jackson3Deserializer.class)"), source);
    assertEquals(1, count(source, "public static Note read(JsonInput "), source);
    assertEquals(1, count(source, "public static void write(Note "), source);
  }

  /**
   * A class compiled with Jackson 3 only works with a Jackson 3 mapper of default settings and no
   * registration, and its {@code fromJson}/{@code toJson} throw Jackson 3's unchecked exceptions.
   */
  @Test
  void aClassCompiledWithJackson3OnlyReadsAndWritesThroughJsonMapperAndItsOwnEntryPoints() throws Exception {
    Compilation compilation = Models.compileWithJackson3("good/notes/NoteModel.java");
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> note = Models.loadClass(Models.load(compilation, classes), "notes.Note");
    JsonMapper mapper = JsonMapper.builder().build();
    String json = "{\"title\":\"Plan\",\"priority\":3,\"tags\":[\"a\"],\"zeta\":{\"kept\":[1,2.50]}}";

    Object read = mapper.readValue(json, note);
    assertEquals(json, mapper.writeValueAsString(read));
    assertEquals(json, note.getMethod("toJson").invoke(read));
    Object direct = note.getMethod("fromJson", String.class).invoke(null, json);
    assertEquals(read, direct);
    Method fromJson = note.getMethod("fromJson", byte[].class);
    assertEquals(0, fromJson.getExceptionTypes().length, Arrays.toString(fromJson.getExceptionTypes()));

    DatabindException e = assertThrows(DatabindException.class,
        () -> mapper.readValue("{\"title\":\"Plan\",\"priority\":9}", note));
    assertInstanceOf(ModelValidationException.class, e.getCause());
    assertTrue(e.getOriginalMessage().contains("`priority`"), e.getOriginalMessage());
    InvocationTargetException thrown = assertThrows(InvocationTargetException.class,
        () -> fromJson.invoke(null, (Object) "{\"tags\":[1".getBytes()));
    assertInstanceOf(JacksonException.class, thrown.getCause());

    // Jackson 3's nesting limit (500) holds for fromJson as for the mapper, inside an unknown member too.
    byte[] deep = ("{\"title\":\"Plan\",\"zeta\":" + "[".repeat(600) + "]".repeat(600) + "}").getBytes();
    JacksonException byMapper = assertThrows(JacksonException.class, () -> mapper.readValue(deep, note));
    assertTrue(byMapper.getOriginalMessage().contains("nesting depth (501)"), byMapper.getOriginalMessage());
    InvocationTargetException tooDeep = assertThrows(InvocationTargetException.class, () -> fromJson.invoke(null, (Object) deep));
    assertEquals(byMapper.getOriginalMessage(), ((JacksonException) tooDeep.getCause()).getOriginalMessage());
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static String generated(Compilation compilation) throws IOException {
    assertThat(compilation).succeededWithoutWarnings();
    return compilation.generatedSourceFile("notes.Note").orElseThrow().getCharContent(true).toString();
  }
}
