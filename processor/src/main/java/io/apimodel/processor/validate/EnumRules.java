package io.apimodel.processor.validate;

import io.apimodel.processor.diag.Diagnostic;
import io.apimodel.processor.diag.Reporter;
import io.apimodel.processor.model.Property;
import io.apimodel.processor.model.PropertyType;
import io.apimodel.processor.read.Annotations;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The enums a model uses, directly or inside lists and maps: each wire string must name one
 * constant, and at most one constant may be the {@code @JsonEnumDefaultValue}. Each enum is checked
 * once per model; the errors sit on the enum constants and name the property that uses the enum.
 */
final class EnumRules {

  private final Elements elements;
  private final Annotations annotations;
  private final Reporter reporter;
  private final Set<String> checked = new HashSet<>();

  EnumRules(Elements elements, Annotations annotations, Reporter reporter) {
    this.elements = elements;
    this.annotations = annotations;
    this.reporter = reporter;
  }

  void check(Property property) {
    check(property, property.type());
  }

  private void check(Property property, PropertyType type) {
    type.accept(new PropertyType.Visitor<Void>() {
      @Override
      public Void scalar(PropertyType.Scalar scalar) {
        return null;
      }

      @Override
      public Void enumeration(PropertyType.EnumRef ref) {
        TypeElement element = elements.getTypeElement(ref.type().canonicalName());
        if (checked.add(ref.type().canonicalName()) && element != null) {
          checkConstants(property, element);
        }
        return null;
      }

      @Override
      public Void model(PropertyType.ModelRef model) {
        return null;
      }

      @Override
      public Void union(PropertyType.UnionRef union) {
        return null;
      }

      @Override
      public Void list(PropertyType.ListOf list) {
        check(property, list.element());
        return null;
      }

      @Override
      public Void map(PropertyType.MapOf map) {
        check(property, map.value());
        return null;
      }
    });
  }

  private void checkConstants(Property property, TypeElement enumType) {
    Map<String, String> constantByWire = new LinkedHashMap<>();
    String fallback = null;
    for (Element constant : enumType.getEnclosedElements()) {
      if (constant.getKind() != ElementKind.ENUM_CONSTANT) {
        continue;
      }
      String name = constant.getSimpleName().toString();
      Optional<AnnotationMirror> json = annotations.find(constant, Annotations.JSON_PROPERTY);
      String wire = json.map(m -> annotations.string(m, "value")).filter(v -> !v.isEmpty()).orElse(name);
      String other = constantByWire.putIfAbsent(wire, name);
      if (other != null) {
        reporter.report(
            Diagnostic.ENUM_DUPLICATE_WIRE, constant, json.orElse(null),
            json.map(m -> annotations.explicitValue(m, "value")).orElse(null),
            enumType.getQualifiedName(), other, name, wire, property.name());
      }
      Optional<AnnotationMirror> isDefault = annotations.find(constant, Annotations.JSON_ENUM_DEFAULT);
      if (isDefault.isPresent()) {
        if (fallback == null) {
          fallback = name;
        } else {
          reporter.report(
              Diagnostic.ENUM_SEVERAL_DEFAULTS, constant, isDefault.get(),
              enumType.getQualifiedName(), fallback, name, property.name());
        }
      }
    }
  }
}
