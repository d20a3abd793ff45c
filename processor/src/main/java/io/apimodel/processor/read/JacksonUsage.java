package io.apimodel.processor.read;

import io.apimodel.processor.diag.Diagnostic;
import io.apimodel.processor.diag.Reporter;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Jackson's annotations on a model interface and its property methods: the ones apimodel honours
 * are read elsewhere; every other one gets a warning that names it and says what apimodel does
 * instead, so that nothing written on a model is ignored in silence.
 */
final class JacksonUsage {

  private static final String JACKSON = "com.fasterxml.jackson.";

  /** Honoured on the interface (or documentation only, without effect in Jackson's mapping too). */
  private static final Set<String> ON_MODEL =
      Set.of(Annotations.JSON_NAMING, "com.fasterxml.jackson.annotation.JsonClassDescription");

  /** Honoured on property methods (or documentation only). */
  private static final Set<String> ON_PROPERTY =
      Set.of(Annotations.JSON_PROPERTY, Annotations.JSON_ALIAS, "com.fasterxml.jackson.annotation.JsonPropertyDescription");

  private static final String EVERY_PROPERTY =
      "every property is read and written (a default method without @Default is not a property)";
  private static final String UNKNOWN_FIELDS =
      "members that no property claims are kept in unknownFields() and written back";
  private static final String GENERATED = "apimodel generates the mapping of the class itself";

  /** What apimodel does instead, by the annotation's simple name. */
  private static final Map<String, String> INSTEAD = Map.ofEntries(
      Map.entry("JsonIgnore", EVERY_PROPERTY),
      Map.entry("JsonIgnoreType", EVERY_PROPERTY),
      Map.entry("JsonAutoDetect", EVERY_PROPERTY),
      Map.entry("JsonView", EVERY_PROPERTY + ", in every view"),
      Map.entry("JsonIgnoreProperties", UNKNOWN_FIELDS),
      Map.entry("JsonAnyGetter", UNKNOWN_FIELDS),
      Map.entry("JsonAnySetter", UNKNOWN_FIELDS),
      Map.entry("JsonInclude", "null properties are always left out when writing, and unknown fields are written as"
          + " they were read"),
      Map.entry("JsonFormat", "date-times are written in RFC 3339 with their offset, dates as yyyy-mm-dd, numbers as"
          + " JSON numbers"),
      Map.entry("JsonUnwrapped", "a nested model is a nested JSON object; declare its properties on this model or in a"
          + " shared super-interface"),
      Map.entry("JsonTypeInfo", "polymorphic types are not supported; an Object property keeps any JSON value"),
      Map.entry("JsonSubTypes", "polymorphic types are not supported; an Object property keeps any JSON value"),
      Map.entry("JsonTypeName", "polymorphic types are not supported; an Object property keeps any JSON value"),
      Map.entry("JsonPropertyOrder", "members are written in property order: super-interface properties first, then"
          + " declaration order"),
      Map.entry("JsonRootName", "the JSON is the object itself, never wrapped"),
      Map.entry("JsonGetter", "set the JSON name with @JsonProperty"),
      Map.entry("JsonSetter", "set the JSON name with @JsonProperty; a null is read as null"),
      Map.entry("JsonRawValue", "a String is written as a JSON string; use an Object property for any JSON value"),
      Map.entry("JsonManagedReference", "JSON has no references; values are written in full"),
      Map.entry("JsonBackReference", "JSON has no references; values are written in full"),
      Map.entry("JsonIdentityInfo", "JSON has no references; values are written in full"),
      Map.entry("JsonIdentityReference", "JSON has no references; values are written in full"),
      Map.entry("JsonMerge", "reading makes a new object"),
      Map.entry("JsonCreator", GENERATED),
      Map.entry("JsonValue", GENERATED),
      Map.entry("JsonSerialize", GENERATED),
      Map.entry("JsonDeserialize", GENERATED),
      Map.entry("JsonEnumDefaultValue", "it belongs on an enum constant, where it marks the fallback for unknown"
          + " wire strings"));

  /** What an attribute of {@code @JsonProperty} other than its value would ask for, and what to do instead. */
  private static final Map<String, String> PROPERTY_ATTRIBUTES = Map.of(
      "required", "use @Required",
      "isRequired", "use @Required",
      "access", EVERY_PROPERTY,
      "defaultValue", "use a @Default method",
      "index", "members are written in property order",
      "namespace", "apimodel writes JSON only");

  private final Annotations annotations;
  private final Reporter reporter;

  JacksonUsage(Annotations annotations, Reporter reporter) {
    this.annotations = annotations;
    this.reporter = reporter;
  }

  void checkModel(TypeElement type) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      String name = qualifiedName(mirror);
      if (name.startsWith(JACKSON) && !ON_MODEL.contains(name)) {
        warn(type, mirror, "interface " + type.getSimpleName());
      }
    }
  }

  void checkProperty(String property, Declaration declaration) {
    for (ExecutableElement method : declaration.methods()) {
      for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
        String name = qualifiedName(mirror);
        if (name.equals(Annotations.JSON_PROPERTY)) {
          checkAttributes(property, method, mirror);
        } else if (name.startsWith(JACKSON) && !ON_PROPERTY.contains(name)) {
          warn(method, mirror, "property \"" + property + "\"");
        }
      }
    }
  }

  private void warn(Element element, AnnotationMirror mirror, String where) {
    String simple = mirror.getAnnotationType().asElement().getSimpleName().toString();
    String instead = INSTEAD.getOrDefault(simple, "remove it (the README lists the Jackson annotations apimodel reads)");
    reporter.report(Diagnostic.JACKSON_IGNORED, element, mirror, simple, where, instead);
  }

  private void checkAttributes(String property, ExecutableElement method, AnnotationMirror mirror) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
      String attribute = e.getKey().getSimpleName().toString();
      String instead = PROPERTY_ATTRIBUTES.get(attribute);
      if (instead != null && !isNeutral(e.getValue())) {
        reporter.report(Diagnostic.JSON_PROPERTY_ATTRIBUTE_IGNORED, method, mirror, e.getValue(),
            attribute + " = " + shown(e.getValue()), property, instead);
      }
    }
  }

  /** An attribute written with the value that asks for nothing: false, "", -1, AUTO, DEFAULT. */
  private static boolean isNeutral(AnnotationValue value) {
    Object v = value.getValue();
    if (v instanceof VariableElement constant) {
      String name = constant.getSimpleName().toString();
      return name.equals("AUTO") || name.equals("DEFAULT");
    }
    return Boolean.FALSE.equals(v) || "".equals(v) || Integer.valueOf(-1).equals(v);
  }

  /** An attribute value as written: {@code true}, {@code "x"}, {@code Access.READ_ONLY}. */
  private static String shown(AnnotationValue value) {
    if (value.getValue() instanceof VariableElement constant) {
      return constant.getEnclosingElement().getSimpleName() + "." + constant.getSimpleName();
    }
    return value.toString();
  }

  private static String qualifiedName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }
}
