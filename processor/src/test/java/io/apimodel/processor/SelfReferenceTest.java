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
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §2: a model whose property refers to the class generated from the model itself. */
class SelfReferenceTest {

  @TempDir static Path classes;

  private static Compilation compilation;
  private static Class<?> node;

  @BeforeAll
  static void compile() {
    compilation = Models.compile("good/selfref/CategoryNodeModel.java");
    if (compilation.status() == Compilation.Status.SUCCESS) {
      node = Models.loadClass(Models.load(compilation, classes), "selfref.CategoryNode");
    }
  }

  @Test
  void compilesInOneRun() {
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("selfref.CategoryNode")
        .contentsAsUtf8String()
        .contains("public final class CategoryNode implements CategoryNodeModel, ApiObject");
    assertThat(compilation).generatedSourceFile("selfref.CategoryNode")
        .contentsAsUtf8String()
        .contains("public List<CategoryNode> children()");
  }

  @Test
  void buildsATree() {
    Object leafA = build(node, "name", "a");
    Object leafB = build(node, "name", "b");
    Object root = call(builder(node, "name", "root"), "addChildren", leafA, leafB);
    root = call(root, "build");

    assertEquals("root", call(root, "name"));
    assertEquals(List.of(leafA, leafB), call(root, "children"));
    assertEquals("b", call(((List<?>) call(root, "children")).get(1), "name"));
    assertEquals(List.of(), call(root, "validate"));
    List<?> children = (List<?>) call(root, "children");
    assertThrows(UnsupportedOperationException.class, () -> children.remove(0));
  }

  @Test
  void nullChildIsAViolationOfBuild() {
    Object builder = call(builder(node, "name", "root"), "addChildren", build(node, "name", "a"), null);
    ModelValidationException e = assertThrows(ModelValidationException.class, () -> call(builder, "build"));
    assertEquals(
        List.of(new Violation("children[1]", "Invalid value for `children[1]`, must not be null", null)),
        e.violations());
  }

  @Test
  void setterRejectsNullChildAndKeepsTheOldValue() {
    Object root = build(node, "name", "root");
    Object child = build(node, "name", "a");
    call(root, "setChildren", List.of(child));
    ModelValidationException e =
        assertThrows(ModelValidationException.class, () -> call(root, "setChildren", Arrays.asList(child, null)));
    assertEquals("Invalid value for `children[1]`, must not be null", e.getMessage());
    assertEquals(List.of(child), call(root, "children"));
  }

  /**
   * validate() recurses into the children with the path of each level. Setters and build() never
   * let a null item in, so the grandchild list is planted with reflection to get a nested invalid
   * state; the parent's setter does not look into nested models (SPEC §3), so it accepts it.
   */
  @Test
  void validateReportsNestedNullItemWithItsFullPath() throws ReflectiveOperationException {
    Object a = build(node, "name", "a");
    Field children = node.getDeclaredField("children");
    children.setAccessible(true);
    children.set(a, Arrays.asList(build(node, "name", "a0"), null));

    Object root = build(node, "name", "root");
    call(root, "setChildren", List.of(build(node, "name", "first"), a));
    Violation expected =
        new Violation("children[1].children[1]", "Invalid value for `children[1].children[1]`, must not be null", null);
    assertEquals(List.of(expected), call(root, "validate"));

    Object rebuilt = call(root, "toBuilder");
    ModelValidationException e = assertThrows(ModelValidationException.class, () -> call(rebuilt, "build"));
    assertEquals(List.of(expected), e.violations());
    assertTrue(e.getMessage().contains("`children[1].children[1]`"));
  }
}
