package io.apimodel.processor.validate;

import io.apimodel.processor.diag.Diagnostic;
import io.apimodel.processor.diag.Reporter;
import io.apimodel.processor.model.Constraint;
import io.apimodel.processor.model.Property;
import io.apimodel.processor.model.PropertyType;
import io.apimodel.processor.model.ScalarKind;
import io.apimodel.processor.read.Annotations;
import io.apimodel.processor.read.Declaration;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.AnnotationValue;

/** {@code @Range}, {@code @Size} and {@code @Pattern}: where they apply and whether they make sense. */
final class ConstraintRules {

  private final Annotations annotations;
  private final Reporter reporter;

  ConstraintRules(Annotations annotations, Reporter reporter) {
    this.annotations = annotations;
    this.reporter = reporter;
  }

  void check(Property property, Declaration declaration, Constraint constraint) {
    if (constraint instanceof Constraint.Range range) {
      checkRange(property, declaration, range);
    } else if (constraint instanceof Constraint.Size size) {
      checkSize(property, declaration, size);
    } else if (constraint instanceof Constraint.Pattern pattern) {
      checkPattern(property, declaration, pattern);
    }
  }

  private void checkRange(Property property, Declaration declaration, Constraint.Range range) {
    var at = declaration.find(annotations, Annotations.RANGE).orElseThrow();
    if (!(property.type() instanceof PropertyType.Scalar s && s.kind().isNumeric())) {
      reporter.report(Diagnostic.RANGE_NOT_NUMERIC, at.method(), at.mirror(), property.name(), declaration.primary().getReturnType());
      return;
    }
    if (range.min() > range.max()) {
      reporter.report(Diagnostic.RANGE_MIN_ABOVE_MAX, at.method(), at.mirror(), range.min(), range.max(), property.name());
      return;
    }
    if (s.kind() == ScalarKind.INT) {
      if (range.hasMin()) {
        checkIntBound(property, at, "min", range.min());
      }
      if (range.hasMax()) {
        checkIntBound(property, at, "max", range.max());
      }
    }
    if (s.primitive() && !property.hasDefault() && (range.min() > 0 || range.max() < 0)) {
      String type = declaration.primary().getReturnType().toString();
      reporter.report(
          Diagnostic.RANGE_EXCLUDES_PRIMITIVE_ZERO, at.method(), at.mirror(), property.name(), type,
          property.jsonName(), ModelValidator.box(type));
    }
  }

  /** A bound an int can never reach: the check is dead, or no value passes it. */
  private void checkIntBound(Property property, Declaration.Located at, String member, long bound) {
    if (bound >= Integer.MIN_VALUE && bound <= Integer.MAX_VALUE) {
      return;
    }
    boolean dead = member.equals("min") ? bound < Integer.MIN_VALUE : bound > Integer.MAX_VALUE;
    reporter.report(
        Diagnostic.RANGE_OUTSIDE_TYPE, at.method(), at.mirror(), annotations.explicitValue(at.mirror(), member),
        member, bound, property.name(), "int", Integer.MIN_VALUE, Integer.MAX_VALUE,
        dead ? "has no effect" : "rejects every value");
  }

  private void checkSize(Property property, Declaration declaration, Constraint.Size size) {
    var at = declaration.find(annotations, Annotations.SIZE).orElseThrow();
    PropertyType type = property.type();
    boolean sized = type.isContainer() || (type instanceof PropertyType.Scalar s && s.kind() == ScalarKind.STRING);
    if (!sized) {
      reporter.report(Diagnostic.SIZE_NOT_SIZED, at.method(), at.mirror(), property.name(), declaration.primary().getReturnType());
    } else if (size.min() < 0 || size.max() < 0) {
      for (String member : new String[] {"min", "max"}) {
        int bound = member.equals("min") ? size.min() : size.max();
        if (bound < 0) {
          AnnotationValue value = annotations.explicitValue(at.mirror(), member);
          reporter.report(Diagnostic.SIZE_NEGATIVE, at.method(), at.mirror(), value, member, bound, property.name());
        }
      }
    } else if (size.min() > size.max()) {
      reporter.report(Diagnostic.SIZE_MIN_ABOVE_MAX, at.method(), at.mirror(), size.min(), size.max(), property.name());
    }
  }

  private void checkPattern(Property property, Declaration declaration, Constraint.Pattern pattern) {
    var at = declaration.find(annotations, Annotations.PATTERN).orElseThrow();
    if (!(property.type() instanceof PropertyType.Scalar s && s.kind() == ScalarKind.STRING)) {
      reporter.report(Diagnostic.PATTERN_NOT_STRING, at.method(), at.mirror(), property.name(), declaration.primary().getReturnType());
      return;
    }
    try {
      java.util.regex.Pattern.compile(pattern.regex());
    } catch (PatternSyntaxException e) {
      reporter.report(
          Diagnostic.PATTERN_INVALID, at.method(), at.mirror(), annotations.explicitValue(at.mirror(), "value"),
          property.name(), e.getDescription() + " near index " + e.getIndex() + " of \"" + pattern.regex() + "\"");
    }
  }
}
