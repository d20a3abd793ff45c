package io.apimodel.processor.read;

import io.apimodel.processor.diag.Diagnostic;
import io.apimodel.processor.diag.Reporter;
import io.apimodel.processor.model.Constraint;
import io.apimodel.processor.model.ModelSpec;
import io.apimodel.processor.model.Property;
import io.apimodel.processor.model.PropertyType;
import io.apimodel.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Elements;

/**
 * Reads one {@code @ApiModel} interface into a {@link ReadModel}. Problems with single methods and
 * types are reported here, all of them; rules across properties and constraints are checked by the
 * validator afterwards.
 */
public final class ModelReader {

  private final ProcessingEnvironment env;
  private final Elements elements;
  private final Annotations annotations;
  private final TypeReader typeReader;
  private final PropertyCollector collector;
  private final Reporter reporter;
  private final Map<TypeElement, SourceScope> scopes = new java.util.HashMap<>();

  public ModelReader(
      ProcessingEnvironment env, Annotations annotations, TypeReader typeReader, Reporter reporter) {
    this.env = env;
    this.elements = env.getElementUtils();
    this.annotations = annotations;
    this.typeReader = typeReader;
    this.collector = new PropertyCollector(elements);
    this.reporter = reporter;
  }

  /**
   * Reads the interface.
   *
   * @param generated the class name the model generates (already checked)
   * @param lastRound whether references that cannot be resolved are errors now
   */
  public ReadModel read(TypeElement type, TypeRef generated, boolean lastRound) {
    AnnotationMirror apiModel = annotations.find(type, Annotations.API_MODEL).orElseThrow();
    boolean snakeCase = annotations.enumConstant(apiModel, "dictKeys").equals("SNAKE_CASE");

    for (ExecutableElement method : collector.abstractWithParameters(type)) {
      reporter.report(Diagnostic.METHOD_WITH_PARAMETERS, method, signature(method));
    }
    Map<String, Declaration> declarations = new LinkedHashMap<>();
    for (Map.Entry<String, List<ExecutableElement>> e : collector.collect(type).entrySet()) {
      Declaration declaration = new Declaration(e.getValue());
      if (isProperty(type, declaration)) {
        declarations.put(e.getKey(), declaration);
      }
    }
    boolean stripPrefixes = Names.allGetterStyle(declarations.keySet());

    List<Property> properties = new ArrayList<>();
    Map<String, Declaration> byProperty = new LinkedHashMap<>();
    for (Map.Entry<String, Declaration> e : declarations.entrySet()) {
      String methodName = e.getKey();
      String name = stripPrefixes ? Names.stripGetterPrefix(methodName) : methodName;
      Property property = readProperty(type, name, methodName, e.getValue(), snakeCase, lastRound);
      if (property != null) {
        properties.add(property);
        byProperty.put(name, e.getValue());
      }
    }
    String javadoc = Optional.ofNullable(elements.getDocComment(type)).orElse("");
    ModelSpec spec = new ModelSpec(TypeReader.typeRef(type), generated, javadoc, properties,
        elements.getTypeElement("com.fasterxml.jackson.annotation.JsonCreator") != null,
        elements.getTypeElement("com.fasterxml.jackson.databind.annotation.JsonDeserialize") != null
            && elements.getTypeElement("io.apimodel.runtime.jackson.JsonStreams") != null);
    return new ReadModel(type, spec, byProperty);
  }

  /** Whether a group of declarations is a property, reporting misuse of property methods. */
  private boolean isProperty(TypeElement type, Declaration declaration) {
    ExecutableElement primary = declaration.primary();
    Optional<AnnotationMirror> defaultMark = annotations.find(primary, Annotations.DEFAULT);
    if (primary.getModifiers().contains(Modifier.DEFAULT)) {
      return defaultMark.isPresent();
    }
    if (!primary.getModifiers().contains(Modifier.ABSTRACT)) {
      return false;
    }
    boolean ok = true;
    if (defaultMark.isPresent()) {
      reporter.report(Diagnostic.DEFAULT_ON_ABSTRACT, primary, defaultMark.get(), signature(primary));
      ok = false;
    }
    if (!primary.getTypeParameters().isEmpty()) {
      reporter.report(Diagnostic.METHOD_WITH_TYPE_PARAMETERS, primary, signature(primary));
      ok = false;
    }
    if (primary.getReturnType().getKind() == TypeKind.VOID) {
      reporter.report(Diagnostic.VOID_METHOD, primary, signature(primary));
      ok = false;
    }
    if (!primary.getThrownTypes().isEmpty()) {
      reporter.report(Diagnostic.METHOD_THROWS, primary, signature(primary));
      ok = false;
    }
    return ok;
  }

  private Property readProperty(
      TypeElement type,
      String name,
      String methodName,
      Declaration declaration,
      boolean snakeCase,
      boolean lastRound) {
    ExecutableElement primary = declaration.primary();
    PropertyType propertyType;
    try {
      propertyType = typeReader.read(primary.getReturnType(), scopes.computeIfAbsent((TypeElement) primary.getEnclosingElement(), t -> SourceScope.of(env, t)), lastRound);
    } catch (TypeReader.Unsupported e) {
      reporter.report(Diagnostic.UNSUPPORTED_TYPE, primary, name, primary.getReturnType(), e.getMessage());
      return null;
    }
    if (propertyType == null) {
      reporter.report(Diagnostic.UNKNOWN_TYPE, primary, name, primary.getReturnType());
      return null;
    }
    String jsonName =
        declaration.find(annotations, Annotations.JSON_PROPERTY)
            .map(l -> annotations.string(l.mirror(), "value"))
            .filter(v -> !v.isEmpty())
            .orElse(name);
    List<String> aliases =
        declaration.find(annotations, Annotations.JSON_ALIAS)
            .map(l -> annotations.strings(l.mirror(), "value"))
            .orElse(List.of());
    String dictKey =
        declaration.find(annotations, Annotations.DICT_KEY)
            .map(l -> annotations.string(l.mirror(), "value"))
            .orElse(snakeCase ? Names.snakeCase(name) : jsonName);
    String javadoc = "";
    for (ExecutableElement method : declaration.methods()) {
      String doc = elements.getDocComment(method);
      if (doc != null && !doc.isBlank()) {
        javadoc = doc;
        break;
      }
    }
    return new Property(
        name,
        methodName,
        jsonName,
        aliases,
        dictKey,
        propertyType,
        readConstraints(declaration),
        declaration.find(annotations, Annotations.REQUIRED).isPresent(),
        declaration.find(annotations, Annotations.REDACTED).isPresent(),
        primary.getModifiers().contains(Modifier.DEFAULT),
        javadoc);
  }

  private List<Constraint> readConstraints(Declaration declaration) {
    List<Constraint> constraints = new ArrayList<>();
    declaration.find(annotations, Annotations.RANGE).ifPresent(l -> constraints.add(
        new Constraint.Range(annotations.longValue(l.mirror(), "min"), annotations.longValue(l.mirror(), "max"))));
    declaration.find(annotations, Annotations.SIZE).ifPresent(l -> constraints.add(
        new Constraint.Size(annotations.intValue(l.mirror(), "min"), annotations.intValue(l.mirror(), "max"))));
    declaration.find(annotations, Annotations.PATTERN).ifPresent(l -> constraints.add(
        new Constraint.Pattern(annotations.string(l.mirror(), "value"))));
    return constraints;
  }

  static String signature(ExecutableElement method) {
    String parameters = method.getParameters().stream()
        .map(p -> p.asType().toString())
        .collect(java.util.stream.Collectors.joining(", "));
    return method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName() + "(" + parameters + ")";
  }
}
