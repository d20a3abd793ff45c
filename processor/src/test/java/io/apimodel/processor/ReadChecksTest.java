package io.apimodel.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.Violation;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads check each model when its object ends and walk the document again only when one of those
 * checks found something: what they must not miss. A {@code @Default} value that no reader made,
 * a nested model left to its own check, a present {@code null} of a {@code @Required} member
 * (unlike an absent one), through the mapper and through {@code fromJson}, as the walk reports
 * them.
 */
class ReadChecksTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir static Path classes;

  private static Compilation compilation;
  private static Class<?> stamped;

  @BeforeAll
  static void compile() {
    compilation = Models.compileWithDatabind("good/readchecks/StampModel.java", "good/readchecks/StampedModel.java");
    if (compilation.status() == Compilation.Status.SUCCESS) {
      stamped = Models.loadClass(Models.load(compilation, classes), "readchecks.Stamped");
    }
  }

  /** The violations each read path reports for {@code json}, which must be the same; empty when both read it. */
  private static List<Violation> violations(String json) throws Exception {
    List<Violation> byMapper;
    try {
      MAPPER.readValue(json, stamped);
      byMapper = List.of();
    } catch (JsonMappingException e) {
      byMapper = ((ModelValidationException) e.getCause()).violations();
    }
    List<Violation> direct;
    try {
      stamped.getMethod("fromJson", String.class).invoke(null, json);
      direct = List.of();
    } catch (InvocationTargetException e) {
      direct = ((ModelValidationException) e.getCause().getCause()).violations();
    }
    assertEquals(byMapper, direct, "the mapper and fromJson disagree on " + json);
    return byMapper;
  }

  private static List<String> paths(List<Violation> violations) {
    return violations.stream().map(Violation::path).toList();
  }

  @Test
  void compiles() {
    assertThat(compilation).succeeded();
  }

  @Test
  void aValidDocumentReads() throws Exception {
    assertEquals(List.of(), violations("{\"id\":\"a\",\"stamp\":{\"version\":\"v1\"},\"stamps\":[{\"version\":\"v2\"}],"
        + "\"origin\":{\"version\":\"v3\"}}"));
  }

  @Test
  void aDefaultThatNoReaderMadeIsChecked() throws Exception {
    assertEquals(List.of("origin.version"), paths(violations("{\"id\":\"a\"}")));
    assertEquals(List.of("origin.version"), paths(violations("{\"id\":\"a\",\"origin\":null}")));
  }

  @Test
  void nestedModelsAreCheckedAtTheirOwnEnd() throws Exception {
    assertEquals(List.of("stamp.version"), paths(violations("{\"id\":\"a\",\"stamp\":{},\"origin\":{\"version\":\"v1\"}}")));
    assertEquals(List.of("stamps[1].version"), paths(violations(
        "{\"id\":\"a\",\"stamps\":[{\"version\":\"v1\"},{\"version\":\"x\"}],\"origin\":{\"version\":\"v1\"}}")));
    assertEquals(List.of("stamp.version", "stamps[0].version", "origin.version"), paths(violations(
        "{\"stamps\":[{\"name\":\"n\"}],\"stamp\":{\"version\":\"1\"}}")));
  }

  @Test
  void aRequiredMemberMayBeAbsentButNotNull() throws Exception {
    assertEquals(List.of(), violations("{\"origin\":{\"version\":\"v1\"}}"));
    assertEquals(List.of("id"), paths(violations("{\"id\":null,\"origin\":{\"version\":\"v1\"}}")));
  }

  @Test
  void laterDocumentsAreCheckedAfresh() throws Exception {
    assertEquals(List.of("stamp.version"), paths(violations("{\"id\":\"a\",\"stamp\":{},\"origin\":{\"version\":\"v1\"}}")));
    assertEquals(List.of(), violations("{\"id\":\"a\",\"origin\":{\"version\":\"v1\"}}"));
    assertEquals(List.of("stamp.version"), paths(violations("{\"id\":\"a\",\"stamp\":{},\"origin\":{\"version\":\"v1\"}}")));
  }

  @Test
  void aPrimitiveDefaultIsSetWhenAbsentAndCheckedWhenRead() throws Exception {
    String origin = ",\"origin\":{\"version\":\"v1\"}}";
    assertEquals(2, stamped.getMethod("copies").invoke(MAPPER.readValue("{\"id\":\"a\"" + origin, stamped)));
    assertEquals(2, stamped.getMethod("copies").invoke(
        stamped.getMethod("fromJson", String.class).invoke(null, "{\"id\":\"a\"" + origin)));
    assertEquals(5, stamped.getMethod("copies").invoke(
        stamped.getMethod("fromJson", String.class).invoke(null, "{\"id\":\"a\",\"copies\":5" + origin)));
    assertEquals(List.of(), violations("{\"id\":\"a\",\"copies\":9" + origin));
    assertEquals(List.of("copies"), paths(violations("{\"id\":\"a\",\"copies\":0" + origin)));
  }

  @Test
  void aConstraintOtherThanAPatternIsCheckedOnTheValueRead() throws Exception {
    String origin = ",\"origin\":{\"version\":\"v1\"}}";
    assertEquals(List.of(), violations("{\"id\":\"a\",\"weight\":100" + origin));
    assertEquals(List.of("weight"), paths(violations("{\"id\":\"a\",\"weight\":101" + origin)));
    assertEquals(List.of("stamp.version", "weight"), paths(violations(
        "{\"stamp\":{\"version\":\"x\"},\"weight\":101" + origin)));
  }

  @Test
  void aListWithANullItemIsAViolationOfItsOwner() throws Exception {
    assertEquals(List.of("stamps[0]"), paths(violations("{\"stamps\":[null],\"origin\":{\"version\":\"v1\"}}")));
  }

  @Test
  void assertThrowsNeedsNoReflection() {
    assertThrows(JsonMappingException.class, () -> MAPPER.readValue("{\"id\":null}", stamped));
  }
}
