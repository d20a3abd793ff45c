package io.apimodel.processor.validate;

import io.apimodel.processor.diag.Diagnostic;
import io.apimodel.processor.diag.Reporter;
import io.apimodel.processor.model.PropertyType;
import io.apimodel.processor.model.UnionSpec;
import io.apimodel.processor.model.UnionSpec.Shape;
import io.apimodel.processor.read.Annotations;
import io.apimodel.processor.read.ReadUnion;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * The rules across the variants of a union (SPEC §8): JSON must tell every two variants apart,
 * with one look at a value: model variants (and list-of-model variants) by distinct
 * {@code $objectType}s, the others by distinct JSON types.
 */
public final class UnionRules {

  private final Annotations annotations;
  private final Reporter reporter;

  public UnionRules(Annotations annotations, Reporter reporter) {
    this.annotations = annotations;
    this.reporter = reporter;
  }

  /** Reports every two variants that JSON cannot tell apart. */
  public void check(ReadUnion union) {
    String name = union.element().getSimpleName().toString();
    Map<String, UnionSpec.Variant> models = new HashMap<>();
    Map<String, UnionSpec.Variant> modelLists = new HashMap<>();
    Map<String, UnionSpec.Variant> byJson = new HashMap<>();
    for (UnionSpec.Variant variant : union.spec().variants()) {
      ExecutableElement method = union.methods().get(variant.name());
      if (variant.shape() == Shape.MODEL || variant.shape() == Shape.MODEL_LIST) {
        boolean single = variant.shape() == Shape.MODEL;
        UnionSpec.Variant first = (single ? models : modelLists).putIfAbsent(variant.discriminator(), variant);
        if (first != null) {
          AnnotationMirror mirror = annotations.find(method, Annotations.VARIANT).orElse(null);
          AnnotationValue value = mirror == null ? null : annotations.explicitValue(mirror, "value");
          reporter.report(Diagnostic.UNION_DUPLICATE_DISCRIMINATOR, method, mirror, value, first.name(),
              variant.name(), name, single ? "models" : "lists of models", variant.discriminator());
        }
        continue;
      }
      String reads = reads(variant);
      UnionSpec.Variant first = byJson.putIfAbsent(reads, variant);
      if (first != null) {
        reporter.report(Diagnostic.UNION_AMBIGUOUS, method, first.name(), variant.name(), name, reads);
      }
    }
  }

  /** What JSON a scalar, scalar-list or map variant takes, as the message says it. */
  private static String reads(UnionSpec.Variant variant) {
    return switch (variant.shape()) {
      case SCALAR -> scalar(variant.type());
      case SCALAR_LIST -> "an array whose first item is " + scalar(((PropertyType.ListOf) variant.type()).element());
      case STRING_MAP -> "an object without $objectType";
      default -> throw new IllegalArgumentException(variant.shape().name());
    };
  }

  private static String scalar(PropertyType type) {
    return switch (((PropertyType.Scalar) type).kind()) {
      case STRING -> "a JSON string";
      case BOOLEAN -> "a JSON boolean";
      case INT -> "a JSON integer that fits an Integer";
      case LONG -> "a JSON integer that fits a Long";
      case DOUBLE, BIG_DECIMAL -> "a JSON number with a fraction or an exponent";
      default -> throw new IllegalArgumentException(type.toString());
    };
  }
}
