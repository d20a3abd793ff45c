package io.apimodel.processor.read;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Reads annotations as mirrors, by qualified name, so that their positions stay available. */
public final class Annotations {

  public static final String API_MODEL = "io.apimodel.ApiModel";
  public static final String API_MODEL_DEFAULTS = "io.apimodel.ApiModelDefaults";
  public static final String REQUIRED = "io.apimodel.Required";
  public static final String RANGE = "io.apimodel.Range";
  public static final String SIZE = "io.apimodel.Size";
  public static final String PATTERN = "io.apimodel.Pattern";
  public static final String DEFAULT = "io.apimodel.Default";
  public static final String REDACTED = "io.apimodel.Redacted";
  public static final String DICT_KEY = "io.apimodel.DictKey";
  public static final String ONE_OF = "io.apimodel.OneOf";
  public static final String VARIANT = "io.apimodel.Variant";
  /** Every annotation of package {@code io.apimodel}: the ones the processor claims. */
  public static final Set<String> OWN =
      Set.of(API_MODEL, API_MODEL_DEFAULTS, REQUIRED, RANGE, SIZE, PATTERN, DEFAULT, REDACTED, DICT_KEY, ONE_OF,
          VARIANT);

  public static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
  public static final String JSON_ALIAS = "com.fasterxml.jackson.annotation.JsonAlias";
  public static final String JSON_NAMING = "com.fasterxml.jackson.databind.annotation.JsonNaming";
  public static final String JSON_ENUM_DEFAULT =
      "com.fasterxml.jackson.annotation.JsonEnumDefaultValue";

  private final Elements elements;

  public Annotations(Elements elements) {
    this.elements = elements;
  }

  /** The annotation of that type on the element, if present. */
  public Optional<AnnotationMirror> find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** The value of a member, with the annotation's default where it was not written. */
  public AnnotationValue value(AnnotationMirror mirror, String member) {
    Map<? extends ExecutableElement, ? extends AnnotationValue> values =
        elements.getElementValuesWithDefaults(mirror);
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : values.entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(member)) {
        return e.getValue();
      }
    }
    throw new IllegalArgumentException("no member " + member + " in " + mirror);
  }

  /** The value of a member only if it was written in the source (for error positions). */
  public AnnotationValue explicitValue(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(member)) {
        return e.getValue();
      }
    }
    return null;
  }

  public String string(AnnotationMirror mirror, String member) {
    return (String) value(mirror, member).getValue();
  }

  public long longValue(AnnotationMirror mirror, String member) {
    return ((Number) value(mirror, member).getValue()).longValue();
  }

  public int intValue(AnnotationMirror mirror, String member) {
    return ((Number) value(mirror, member).getValue()).intValue();
  }

  /** A {@code String[]} member as a list of strings. */
  public List<String> strings(AnnotationMirror mirror, String member) {
    Object raw = value(mirror, member).getValue();
    if (raw instanceof List<?> list) {
      return list.stream().map(v -> (String) ((AnnotationValue) v).getValue()).toList();
    }
    return List.of((String) raw);
  }

  /** The simple name of an enum constant member ({@code dictKeys = DictKeys.SNAKE_CASE}). */
  public String enumConstant(AnnotationMirror mirror, String member) {
    return ((Element) value(mirror, member).getValue()).getSimpleName().toString();
  }
}
