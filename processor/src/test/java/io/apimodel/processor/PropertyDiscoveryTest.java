package io.apimodel.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.apimodel.processor.Models.build;
import static io.apimodel.processor.Models.builder;
import static io.apimodel.processor.Models.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.Violation;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §2 "Properties", "Property name", "Default methods". */
class PropertyDiscoveryTest {

  @TempDir static Path classes;

  private static Compilation compilation;
  private static ClassLoader loader;

  @BeforeAll
  static void compile() {
    compilation =
        Models.compile(
            "good/discovery/Named.java",
            "good/discovery/AuditedModel.java",
            "good/discovery/TaskModel.java",
            "good/discovery/GetterStyleModel.java",
            "good/discovery/MixedStyleModel.java");
    if (compilation.status() == Compilation.Status.SUCCESS) {
      loader = Models.load(compilation, classes);
    }
  }

  @Test
  void compiles() {
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("discovery.Audited");
  }

  @Test
  void superInterfacePropertiesComeFirstInTheirOrder() {
    String source = source("discovery.Task");
    assertInOrder(source, "private String name;", "private String label;", "private String createdBy;", "private String description;");
    assertInOrder(source, "public String name()", "public String label()", "public String createdBy()", "public String description()");
    // The redeclaration has no Javadoc, so the base's is carried over, with the base's @Size.
    assertInOrder(source, "The label, as the base declares it.", "Size: at most 5 characters.", "public String label()");

    // Violations are listed in property order (SPEC §3).
    Object builder = builder(Models.loadClass(loader, "discovery.Task"), "label", "far too long");
    ModelValidationException e = assertThrows(ModelValidationException.class, () -> call(builder, "build"));
    assertEquals(List.of("name", "label", "createdBy", "description"), paths(e.violations()));
  }

  @Test
  void redeclaredDefaultMergesItsAnnotationsWithTheBase() throws ReflectiveOperationException {
    Class<?> task = Models.loadClass(loader, "discovery.Task");
    assertEquals("todo", call(task.getConstructor().newInstance(), "label"));
    assertEquals("todo", call(build(task, "name", "n", "createdBy", "c", "description", "d"), "label"));

    // @Size(max = 5) from Named applies to the @Default redeclaration.
    Object instance = task.getConstructor().newInstance();
    ModelValidationException e = assertThrows(ModelValidationException.class, () -> call(instance, "setLabel", "sixsix"));
    assertEquals(
        List.of(new Violation("label", "Invalid value for `label`, length must be less than or equal to `5`", "sixsix")),
        e.violations());
    assertEquals("todo", call(instance, "label"));

    // @JsonProperty("label_text") from Named: that JSON name is a declared property.
    assertThrows(IllegalArgumentException.class, () -> call(instance, "putUnknownField", "label_text", "x"));
    call(instance, "putUnknownField", "label", "x");
    assertEquals(java.util.Map.of("label", "x"), call(instance, "unknownFields"));
  }

  @Test
  void otherDefaultMethodsAreInheritedUntouchedAndStaticMethodsIgnored() {
    Class<?> task = Models.loadClass(loader, "discovery.Task");
    Object built = build(task, "name", "n", "createdBy", "c", "description", "d");
    assertEquals("n [todo]", call(built, "headline"));
    assertEquals(Set.of(), declared(task, "headline", "setHeadline", "kind", "setKind"));
    assertEquals(Set.of(), declared(builderOf(task), "headline", "kind"));
  }

  @Test
  void getterPrefixesAreStrippedWhenEveryPropertyIsGetterStyle() {
    Class<?> type = Models.loadClass(loader, "discovery.GetterStyle");
    assertEquals(
        Set.of("setExtId", "setCancelable", "setTags", "setURL", "setRetries"),
        declared(type, "setExtId", "setCancelable", "setTags", "setURL", "setRetries", "setGetExtId", "setVersion", "setDescribe"));
    assertEquals(
        Set.of("extId", "cancelable", "tags", "addTags", "addAllTags", "URL", "retries"),
        declared(builderOf(type), "extId", "cancelable", "tags", "addTags", "addAllTags", "URL", "retries",
            "getExtId", "isCancelable", "version", "describe"));

    Object built = build(type, "extId", "x1", "cancelable", true, "URL", "http://h", "tags", List.of("t"));
    assertEquals("x1", call(built, "getExtId"));
    assertEquals(true, call(built, "isCancelable"));
    assertEquals("http://h", call(built, "getURL"));
    assertEquals(3, call(built, "getRetries"));
    assertEquals("x1/3", call(built, "describe"));
    ModelValidationException e =
        assertThrows(ModelValidationException.class, () -> call(built, "setTags", List.of("a", "b")));
    assertEquals("Invalid value for `tags`, number of items must be less than or equal to `1`", e.getMessage());
  }

  @Test
  void getterPrefixesAreKeptWhenStylesAreMixed() {
    Class<?> type = Models.loadClass(loader, "discovery.MixedStyle");
    assertEquals(
        Set.of("setGetExtId", "setIsCancelable", "setName"),
        declared(type, "setGetExtId", "setIsCancelable", "setName", "setExtId", "setCancelable"));
    assertEquals(
        Set.of("getExtId", "isCancelable", "name"),
        declared(builderOf(type), "getExtId", "isCancelable", "name", "extId", "cancelable"));
    assertThat(compilation).generatedSourceFile("discovery.MixedStyle").contentsAsUtf8String()
        .contains("public void setGetExtId(String getExtId)");
  }

  private static String source(String className) {
    try {
      return compilation.generatedSourceFile(className).orElseThrow().getCharContent(true).toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void assertInOrder(String text, String... parts) {
    int from = 0;
    for (String part : parts) {
      int at = text.indexOf(part, from);
      assertTrue(at >= 0, () -> "expected \"" + part + "\" after position of the previous part in:\n" + text);
      from = at + part.length();
    }
  }

  private static List<String> paths(List<Violation> violations) {
    return violations.stream().map(Violation::path).toList();
  }

  /** Which of {@code names} the class declares as public methods itself. */
  private static Set<String> declared(Class<?> type, String... names) {
    Set<String> found = new TreeSet<>();
    Arrays.stream(type.getDeclaredMethods())
        .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()))
        .map(java.lang.reflect.Method::getName)
        .filter(Arrays.asList(names)::contains)
        .forEach(found::add);
    return found;
  }

  private static Class<?> builderOf(Class<?> type) {
    return Models.loadClass(loader, type.getName() + "$Builder");
  }
}
