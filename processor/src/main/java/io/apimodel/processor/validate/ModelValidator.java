package io.apimodel.processor.validate;

import io.apimodel.processor.diag.Diagnostic;
import io.apimodel.processor.diag.Reporter;
import io.apimodel.processor.model.Constraint;
import io.apimodel.processor.model.Property;
import io.apimodel.processor.model.PropertyType;
import io.apimodel.processor.model.ScalarKind;
import io.apimodel.processor.read.Annotations;
import io.apimodel.processor.read.Declaration;
import io.apimodel.processor.read.ReadModel;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.AnnotationValue;

/** Rules about properties and their constraints. Reports every problem, never only the first. */
public final class ModelValidator {

  /** Members of the generated class that a property must not be named like. */
  public static final Set<String> RESERVED =
      Set.of(
          "toDict", "toStr", "validate", "builder", "toBuilder", "unknownFields",
          "putUnknownField", "getClass", "hashCode", "toString", "collectViolations", "equals");

  private final Annotations annotations;
  private final Reporter reporter;

  public ModelValidator(Annotations annotations, Reporter reporter) {
    this.annotations = annotations;
    this.reporter = reporter;
  }

  public void validate(ReadModel model) {
    Map<String, String> jsonNames = new HashMap<>();
    Map<String, String> dictKeys = new HashMap<>();
    for (Property property : model.spec().properties()) {
      Declaration declaration = model.declarations().get(property.name());
      if (RESERVED.contains(property.name()) || RESERVED.contains(property.methodName())) {
        reporter.report(Diagnostic.RESERVED_NAME, declaration.primary(), property.name(), property.methodName() + "()");
      }
      checkUnique(jsonNames, property.jsonName(), property, declaration, Diagnostic.DUPLICATE_JSON_NAME, Annotations.JSON_PROPERTY);
      for (String alias : property.aliases()) {
        checkUnique(jsonNames, alias, property, declaration, Diagnostic.DUPLICATE_JSON_NAME, Annotations.JSON_ALIAS);
      }
      checkDictKey(dictKeys, property, declaration);
      for (Constraint constraint : property.constraints()) {
        checkConstraint(property, declaration, constraint);
      }
    }
  }

  private void checkUnique(
      Map<String, String> seen, String name, Property property, Declaration declaration,
      Diagnostic diagnostic, String annotation) {
    String other = seen.putIfAbsent(name, property.name());
    if (other != null && !other.equals(property.name())) {
      var located = declaration.find(annotations, annotation);
      reporter.report(
          diagnostic,
          located.map(Declaration.Located::method).orElse(declaration.primary()),
          located.map(Declaration.Located::mirror).orElse(null),
          other, property.name(), name);
    }
  }

  private void checkDictKey(Map<String, String> seen, Property property, Declaration declaration) {
    var located = declaration.find(annotations, Annotations.DICT_KEY);
    if (property.dictKey().isEmpty()) {
      reporter.report(Diagnostic.EMPTY_DICT_KEY, located.get().method(), located.get().mirror(), property.name());
      return;
    }
    checkUnique(seen, property.dictKey(), property, declaration, Diagnostic.DUPLICATE_DICT_KEY, Annotations.DICT_KEY);
  }

  private void checkConstraint(Property property, Declaration declaration, Constraint constraint) {
    PropertyType type = property.type();
    if (constraint instanceof Constraint.Range range) {
      var at = declaration.find(annotations, Annotations.RANGE).orElseThrow();
      if (!(type instanceof PropertyType.Scalar s && s.kind().isNumeric())) {
        reporter.report(Diagnostic.RANGE_NOT_NUMERIC, at.method(), at.mirror(), property.name(), declaration.primary().getReturnType());
      } else if (range.min() > range.max()) {
        reporter.report(Diagnostic.RANGE_MIN_ABOVE_MAX, at.method(), at.mirror(), range.min(), range.max(), property.name());
      }
    } else if (constraint instanceof Constraint.Size size) {
      var at = declaration.find(annotations, Annotations.SIZE).orElseThrow();
      boolean sized = type.isContainer() || (type instanceof PropertyType.Scalar s && s.kind() == ScalarKind.STRING);
      if (!sized) {
        reporter.report(Diagnostic.SIZE_NOT_SIZED, at.method(), at.mirror(), property.name(), declaration.primary().getReturnType());
      } else if (size.min() < 0 || size.max() < 0) {
        String member = size.min() < 0 ? "min" : "max";
        AnnotationValue value = annotations.explicitValue(at.mirror(), member);
        reporter.report(Diagnostic.SIZE_NEGATIVE, at.method(), at.mirror(), value, member, size.min() < 0 ? size.min() : size.max(), property.name());
      } else if (size.min() > size.max()) {
        reporter.report(Diagnostic.SIZE_MIN_ABOVE_MAX, at.method(), at.mirror(), size.min(), size.max(), property.name());
      }
    } else if (constraint instanceof Constraint.Pattern pattern) {
      var at = declaration.find(annotations, Annotations.PATTERN).orElseThrow();
      if (!(type instanceof PropertyType.Scalar s && s.kind() == ScalarKind.STRING)) {
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
}
