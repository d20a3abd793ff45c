package io.apimodel.processor;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SPEC §2 "@ApiModel goes on a top-level or nested interface that is not generic and not private"
 * and "Generated class name": an error on the interface (or on the annotation and its name value)
 * and no generated file. Inputs in src/test/resources/bad/target/.
 */
class TargetDiagnosticsTest {

  @Test
  void onAClass() {
    BadInput.compile("bad/WidgetModel.java")
        .error("[ApiModelTarget] @ApiModel must be on an interface, but WidgetModel is a class; declare it as an interface",
            "public class WidgetModel")
        .errors(1)
        .nothingGenerated();
  }

  @Test
  void onAnEnum() {
    BadInput.compile("bad/target/ColorModel.java")
        .error("[ApiModelTarget] @ApiModel must be on an interface, but ColorModel is an enum; declare it as an interface",
            "public enum ColorModel")
        .errors(1)
        .nothingGenerated();
  }

  @Test
  void onARecord() {
    BadInput.compile("bad/target/PointModel.java")
        .error("[ApiModelTarget] @ApiModel must be on an interface, but PointModel is a record; declare it as an interface",
            "public record PointModel")
        .errors(1)
        .nothingGenerated();
  }

  @Test
  void onAnAnnotationType() {
    BadInput.compile("bad/target/MarkerModel.java")
        .error("[ApiModelTarget] @ApiModel must be on an interface, but MarkerModel is an annotation type; declare it as an"
            + " interface", "public @interface MarkerModel")
        .errors(1)
        .nothingGenerated();
  }

  @Test
  void onAGenericInterface() {
    BadInput.compile("bad/target/PageModel.java")
        .error("[ApiModelGeneric] @ApiModel interface PageModel must not have type parameters; declare a non-generic interface",
            "public interface PageModel<T>")
        .errors(1)
        .nothingGenerated();
  }

  @Test
  void onAPrivateNestedInterface() {
    BadInput.compile("bad/target/Vault.java")
        .error("[ApiModelVisibility] @ApiModel interface SecretModel must not be private; the generated class could not"
            + " implement it. Make it package-private or public", "private interface SecretModel")
        .errors(1)
        .nothingGenerated();
  }

  @Test
  void onAnInterfaceNestedInAPrivateClass() {
    BadInput.compile("bad/target/Geometry.java")
        .error("[ApiModelVisibility] @ApiModel interface CornerModel is nested in private Shapes, so the generated class"
            + " could not implement it; make Shapes package-private or public", "interface CornerModel")
        .errors(1)
        .nothingGenerated();
  }

  @Test
  void onASealedInterface() {
    BadInput.compile("bad/target/ShapeModel.java")
        .error("[ApiModelTarget] @ApiModel interface ShapeModel is sealed, so the generated class could not implement it;"
            + " remove sealed and permits", "public sealed interface ShapeModel")
        .errors(1)
        .nothingGenerated();
  }

  @Test
  void noModelSuffixAndNoName() {
    BadInput.compile("bad/Widget.java")
        .error("[ApiModelName] @ApiModel interface Widget does not end in \"Model\" and has no name; rename it to"
            + " WidgetModel or set @ApiModel(name = \"...\")", "@ApiModel")
        .errors(1)
        .nothingGenerated();
  }

  /** The error sits on the name value. */
  @Test
  void nameThatIsNotAJavaIdentifier() {
    BadInput.compile("bad/target/LabelModel.java")
        .error("[ApiModelName] @ApiModel name \"my-label\" is not a valid Java class name; use a simple identifier such"
            + " as \"Task\"", "@ApiModel(name = \"my-label\")")
        .errors(1)
        .nothingGenerated();
  }

  /** The first interface keeps the class; the second gets the error, on its name value. */
  @Test
  void twoModelsThatWouldGenerateTheSameClass() {
    BadInput.compile("bad/target/ItemModel.java")
        .error("[ApiModelDuplicate] @ApiModel interfaces invalid.target.ItemModel and invalid.target.ArticleModel would"
            + " both generate invalid.target.Item; give one of them another name", "@ApiModel(name = \"Item\")")
        .errors(1)
        .generated(Map.of("invalid.target.Item", List.of("invalid.target.ItemModel")));
  }

  @Test
  void generatedNameClashesWithAnExistingType() {
    BadInput.compile("bad/target/OrderModel.java")
        .error("[ApiModelClash] @ApiModel interface OrderModel would generate invalid.target.Order, but that type already"
            + " exists; rename the interface or set @ApiModel(name = \"...\")", "@ApiModel")
        .errors(1)
        .nothingGenerated();
  }
}
