package io.apimodel.processor.read;

import io.apimodel.processor.diag.Diagnostic;
import io.apimodel.processor.diag.Reporter;
import io.apimodel.processor.model.Constraint;
import io.apimodel.processor.model.ModelSpec;
import io.apimodel.processor.model.Property;
import io.apimodel.processor.model.PropertyType;
import io.apimodel.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

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
  private final Types types;
  private final PropertyCollector collector;
  private final MethodRules rules;
  private final Reporter reporter;
  private final KnownModels known;
  private final SettingsReader settings;
  private final JacksonUsage jackson;
  private final Map<TypeElement, SourceScope> scopes = new java.util.HashMap<>();

  public ModelReader(
      ProcessingEnvironment env, Annotations annotations, TypeReader typeReader, KnownModels known, Reporter reporter,
      SettingsReader settings) {
    this.settings = settings;
    this.jackson = new JacksonUsage(annotations, reporter);
    this.env = env;
    this.elements = env.getElementUtils();
    this.annotations = annotations;
    this.typeReader = typeReader;
    this.types = env.getTypeUtils();
    this.collector = new PropertyCollector(elements);
    this.rules = new MethodRules(annotations, reporter);
    this.reporter = reporter;
    this.known = known;
  }

  /**
   * Reads the interface.
   *
   * @param generated the class name the model generates (already checked)
   * @param lastRound whether references that cannot be resolved are errors now
   */
  public ReadModel read(TypeElement type, TypeRef generated, boolean lastRound) {
    ModelSettings modelSettings = settings.of(type);

    rules.checkSupertypes(type, lastRound);
    for (ExecutableElement method : collector.abstractWithParameters(type)) {
      reporter.report(Diagnostic.METHOD_WITH_PARAMETERS, method, MethodRules.signature(method));
    }
    Map<String, Declaration> declarations = new LinkedHashMap<>();
    for (Map.Entry<String, List<ExecutableElement>> e : collector.collect(type).entrySet()) {
      Declaration declaration = new Declaration(e.getValue());
      if (rules.isProperty(declaration)) {
        declarations.put(e.getKey(), declaration);
      }
    }

    List<Property> properties = new ArrayList<>();
    Map<String, Declaration> byProperty = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : propertyNames(declarations).entrySet()) {
      String methodName = e.getKey();
      String name = e.getValue();
      Property property = readProperty(type, name, methodName, declarations.get(methodName), modelSettings, lastRound);
      if (property != null) {
        properties.add(property);
        byProperty.put(name, declarations.get(methodName));
      }
      jackson.checkProperty(name, declarations.get(methodName));
    }
    jackson.checkModel(type);
    String javadoc = Optional.ofNullable(elements.getDocComment(type)).orElse("");
    ModelSpec spec = new ModelSpec(TypeReader.typeRef(type), generated, javadoc, properties, json(),
        ScopeReader.scope(elements, type, generated, known));
    return new ReadModel(type, spec, byProperty);
  }

  /** The JSON mapping that what is on the classpath allows (SPEC §5). */
  private ModelSpec.Json json() {
    if (elements.getTypeElement("com.fasterxml.jackson.annotation.JsonCreator") == null) {
      return ModelSpec.Json.NONE;
    }
    boolean jackson2 = elements.getTypeElement("com.fasterxml.jackson.databind.annotation.JsonDeserialize") != null
        && elements.getTypeElement("io.apimodel.runtime.jackson.ModelDeserializer") != null;
    boolean jackson3 = elements.getTypeElement("tools.jackson.databind.annotation.JsonDeserialize") != null
        && elements.getTypeElement("io.apimodel.runtime.jackson3.ModelValueDeserializer") != null;
    if (jackson2 && jackson3) {
      return ModelSpec.Json.BOTH;
    }
    return jackson2 ? ModelSpec.Json.JACKSON2 : jackson3 ? ModelSpec.Json.JACKSON3 : ModelSpec.Json.ANNOTATIONS;
  }

  /**
   * Property names by method name, in property order. Prefixes are stripped only when every
   * property method is getX()/isX() style; either way, two methods that differ only by such a
   * prefix ({@code getName()} and {@code isName()}, or {@code getName()} and {@code name()}) are an
   * error, and a stripped name must not be a Java keyword ({@code isPublic()}).
   */
  private Map<String, String> propertyNames(Map<String, Declaration> declarations) {
    boolean stripPrefixes = Names.allGetterStyle(declarations.keySet());
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, String> methodByBase = new HashMap<>();
    for (Map.Entry<String, Declaration> e : declarations.entrySet()) {
      String methodName = e.getKey();
      ExecutableElement method = e.getValue().primary();
      String base = Names.baseName(methodName);
      String other = methodByBase.putIfAbsent(base, methodName);
      if (other != null) {
        String first = MethodRules.signature(declarations.get(other).primary());
        reporter.report(Diagnostic.PREFIX_CLASH, method, first, MethodRules.signature(method), base);
        continue;
      }
      String name = stripPrefixes ? Names.stripGetterPrefix(methodName) : methodName;
      if (SourceVersion.isKeyword(name)) {
        reporter.report(Diagnostic.KEYWORD_NAME, method, MethodRules.signature(method), name);
        continue;
      }
      names.put(methodName, name);
    }
    return names;
  }

  private Property readProperty(
      TypeElement type,
      String name,
      String methodName,
      Declaration declaration,
      ModelSettings modelSettings,
      boolean lastRound) {
    ExecutableElement primary = declaration.primary();
    TypeMirror returnType = returnType(type, primary);
    SourceScope scope =
        scopes.computeIfAbsent((TypeElement) primary.getEnclosingElement(), t -> SourceScope.of(env, t));
    PropertyType propertyType;
    try {
      propertyType = typeReader.read(returnType, scope, lastRound);
    } catch (TypeReader.Unsupported e) {
      reporter.report(Diagnostic.UNSUPPORTED_TYPE, primary, name, returnType, e.getMessage());
      return null;
    } catch (TypeReader.Unknown e) {
      reporter.report(Diagnostic.UNKNOWN_TYPE, primary, "property", name, e.typeName());
      return null;
    }
    String jsonName =
        declaration.find(annotations, Annotations.JSON_PROPERTY)
            .map(l -> annotations.string(l.mirror(), "value"))
            .filter(v -> !v.isEmpty())
            .orElseGet(() -> JsonNameStyle.jsonName(modelSettings.jsonNames(), name));
    List<String> aliases =
        declaration.find(annotations, Annotations.JSON_ALIAS)
            .map(l -> annotations.strings(l.mirror(), "value"))
            .orElse(List.of());
    String dictKey =
        declaration.find(annotations, Annotations.DICT_KEY)
            .map(l -> annotations.string(l.mirror(), "value"))
            .orElse(modelSettings.snakeCaseDictKeys() ? Names.snakeCase(name) : jsonName);
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

  /** The return type as seen from the model: {@code T name()} of {@code Named<String>} is a String. */
  private TypeMirror returnType(TypeElement type, ExecutableElement method) {
    try {
      return ((ExecutableType) types.asMemberOf((DeclaredType) type.asType(), method)).getReturnType();
    } catch (IllegalArgumentException e) {
      return method.getReturnType();
    }
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

}
