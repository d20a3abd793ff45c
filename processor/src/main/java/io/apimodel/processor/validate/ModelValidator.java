package io.apimodel.processor.validate;

import io.apimodel.processor.diag.Diagnostic;
import io.apimodel.processor.diag.Reporter;
import io.apimodel.processor.model.Constraint;
import io.apimodel.processor.model.Property;
import io.apimodel.processor.model.PropertyType;
import io.apimodel.processor.read.Annotations;
import io.apimodel.processor.read.Declaration;
import io.apimodel.processor.read.Names;
import io.apimodel.processor.read.ReadModel;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/** Rules about properties and their constraints. Reports every problem, never only the first. */
public final class ModelValidator {

  /** Members of the generated class that a property must not be named like. */
  public static final Set<String> RESERVED = Names.GENERATED_MEMBERS;

  private final Annotations annotations;
  private final Reporter reporter;
  private final ConstraintRules constraints;
  private final EnumRules enums;

  public ModelValidator(Elements elements, Annotations annotations, Reporter reporter) {
    this.annotations = annotations;
    this.reporter = reporter;
    this.constraints = new ConstraintRules(annotations, reporter);
    this.enums = new EnumRules(elements, annotations, reporter);
  }

  public void validate(ReadModel model) {
    checkNoVariant(model);
    Map<String, String> jsonNames = new HashMap<>();
    Map<String, String> dictKeys = new HashMap<>();
    Map<String, String> capitalized = new HashMap<>();
    for (Property property : model.spec().properties()) {
      Declaration declaration = model.declarations().get(property.name());
      if (RESERVED.contains(property.name()) || RESERVED.contains(property.methodName())) {
        reporter.report(Diagnostic.RESERVED_NAME, declaration.primary(), property.name(), property.methodName() + "()");
      }
      String sameSetter = capitalized.putIfAbsent(property.capitalized(), property.name());
      if (sameSetter != null) {
        reporter.report(Diagnostic.CASE_CLASH, declaration.primary(), sameSetter, property.name(), property.capitalized());
      }
      boolean jsonClash =
          !checkUnique(jsonNames, property.jsonName(), property, declaration, Diagnostic.DUPLICATE_JSON_NAME, Annotations.JSON_PROPERTY);
      for (String alias : property.aliases()) {
        checkUnique(jsonNames, alias, property, declaration, Diagnostic.DUPLICATE_JSON_NAME, Annotations.JSON_ALIAS);
      }
      if (!(jsonClash && property.dictKey().equals(property.jsonName()))) {
        checkDictKey(dictKeys, property, declaration); // else the same clash again, as a follow-on
      }
      checkRequired(property, declaration);
      for (Constraint constraint : property.constraints()) {
        constraints.check(property, declaration, constraint);
      }
      enums.check(property);
    }
  }

  /**
   * {@code @Variant} on a method of the model's interface: it belongs on the variants of a
   * {@code @OneOf} interface. (On a method of an interface that is neither, the processor reports it
   * where it finds it.)
   */
  private void checkNoVariant(ReadModel model) {
    for (ExecutableElement method : ElementFilter.methodsIn(model.element().getEnclosedElements())) {
      annotations.find(method, Annotations.VARIANT).ifPresent(variant -> reporter.report(
          Diagnostic.VARIANT_OUTSIDE_UNION, method, variant,
          model.element().getSimpleName() + "." + method.getSimpleName() + "()"));
    }
  }

  /** Whether {@code name} is not taken by another property yet; reports it if it is. */
  private boolean checkUnique(
      Map<String, String> seen, String name, Property property, Declaration declaration,
      Diagnostic diagnostic, String annotation) {
    String other = seen.putIfAbsent(name, property.name());
    if (other != null && !other.equals(property.name())) {
      var located = declaration.find(annotations, annotation);
      reporter.report(
          diagnostic,
          located.map(Declaration.Located::method).orElse(declaration.primary()),
          located.map(Declaration.Located::mirror).orElse(null),
          located.map(l -> annotations.explicitValue(l.mirror(), "value")).orElse(null),
          other, property.name(), name);
      return false;
    }
    return true;
  }

  private void checkDictKey(Map<String, String> seen, Property property, Declaration declaration) {
    var located = declaration.find(annotations, Annotations.DICT_KEY);
    if (property.dictKey().isEmpty() && located.isPresent()) {
      var at = located.get();
      reporter.report(
          Diagnostic.EMPTY_DICT_KEY, at.method(), at.mirror(), annotations.explicitValue(at.mirror(), "value"),
          property.name());
      return;
    }
    checkUnique(seen, property.dictKey(), property, declaration, Diagnostic.DUPLICATE_DICT_KEY, Annotations.DICT_KEY);
  }

  /** {@code @Required} on a primitive: legal, but it can never fail. */
  private void checkRequired(Property property, Declaration declaration) {
    if (property.required() && property.type() instanceof PropertyType.Scalar s && s.primitive()) {
      var at = declaration.find(annotations, Annotations.REQUIRED).orElseThrow();
      String type = declaration.primary().getReturnType().toString();
      reporter.report(Diagnostic.REQUIRED_PRIMITIVE, at.method(), at.mirror(), property.name(), type, box(type));
    }
  }

  /** The box of a primitive type's name: {@code int} → {@code Integer}. */
  static String box(String primitive) {
    return switch (primitive) {
      case "int" -> "Integer";
      case "boolean" -> "Boolean";
      default -> Character.toUpperCase(primitive.charAt(0)) + primitive.substring(1);
    };
  }
}
