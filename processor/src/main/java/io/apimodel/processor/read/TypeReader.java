package io.apimodel.processor.read;

import io.apimodel.processor.diag.DeferModel;
import io.apimodel.processor.model.PropertyType;
import io.apimodel.processor.model.PropertyType.EnumConstant;
import io.apimodel.processor.model.ScalarKind;
import io.apimodel.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Turns the return type of a property method into a {@link PropertyType}, resolving references to
 * classes that this build generates but that do not exist yet.
 */
public final class TypeReader {

  private static final String API_OBJECT = "io.apimodel.runtime.ApiObject";
  private static final String API_UNION = "io.apimodel.runtime.ApiUnion";

  private static final Map<String, ScalarKind> SCALARS =
      Map.ofEntries(
          Map.entry("java.lang.String", ScalarKind.STRING),
          Map.entry("java.lang.Boolean", ScalarKind.BOOLEAN),
          Map.entry("java.lang.Integer", ScalarKind.INT),
          Map.entry("java.lang.Long", ScalarKind.LONG),
          Map.entry("java.lang.Double", ScalarKind.DOUBLE),
          Map.entry("java.math.BigDecimal", ScalarKind.BIG_DECIMAL),
          Map.entry("java.math.BigInteger", ScalarKind.BIG_INTEGER),
          Map.entry("java.util.UUID", ScalarKind.UUID),
          Map.entry("java.time.OffsetDateTime", ScalarKind.OFFSET_DATE_TIME),
          Map.entry("java.time.LocalDate", ScalarKind.LOCAL_DATE),
          Map.entry("java.lang.Object", ScalarKind.OBJECT));

  private static final Map<String, String> HINTS =
      Map.of(
          "java.util.Optional", "use the plain type; an absent value is null",
          "java.util.Date", "use java.time.OffsetDateTime",
          "java.time.Instant", "use java.time.OffsetDateTime",
          "java.time.LocalDateTime", "use java.time.OffsetDateTime (JSON date-times carry an offset)",
          "java.lang.Float", "use Double",
          "java.util.Set", "use List",
          "java.util.Collection", "use List");

  /** Why a type is not supported: thrown back to the caller, which reports it on the method. */
  public static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    /** See {@link #annotatedInterface()}. */
    private final String annotatedInterface;

    Unsupported(String reason) {
      this(reason, null);
    }

    Unsupported(String reason, String annotatedInterface) {
      super(reason, null, false, false);
      this.annotatedInterface = annotatedInterface;
    }

    /**
     * The annotation of the interface that was written instead of the class it generates
     * ({@link Annotations#API_MODEL} or {@link Annotations#ONE_OF}; the reason names that class),
     * else null.
     */
    public String annotatedInterface() {
      return annotatedInterface;
    }
  }

  /**
   * A type that does not exist and that no {@code @ApiModel} interface of this build generates,
   * found anywhere in a property's type ({@code Region}, {@code List<Region>},
   * {@code Map<String, List<Region>>}): thrown back to the caller, which reports it on the method.
   */
  public static final class Unknown extends Exception {
    private static final long serialVersionUID = 1L;

    Unknown(String name) {
      super(name, null, false, false);
    }

    /** The missing type's name as written in the source. */
    public String typeName() {
      return getMessage();
    }
  }

  private final Elements elements;
  private final Types types;
  private final Annotations annotations;
  private final KnownModels known;
  private final SettingsReader settings;

  public TypeReader(
      Elements elements, Types types, Annotations annotations, KnownModels known, SettingsReader settings) {
    this.elements = elements;
    this.types = types;
    this.annotations = annotations;
    this.known = known;
    this.settings = settings;
  }

  /**
   * Reads a type.
   *
   * @param scope where the type is written, for resolving names of classes not generated yet
   * @param lastRound whether a type that does not exist is an error now (else: {@link DeferModel})
   * @return the type
   * @throws Unsupported when the type exists but is not supported
   * @throws Unknown when, in the last round, the type or one of its type arguments names a class
   *     that never appeared
   */
  public PropertyType read(TypeMirror type, SourceScope scope, boolean lastRound)
      throws Unsupported, Unknown {
    switch (type.getKind()) {
      case BOOLEAN:
        return new PropertyType.Scalar(ScalarKind.BOOLEAN, true);
      case INT:
        return new PropertyType.Scalar(ScalarKind.INT, true);
      case LONG:
        return new PropertyType.Scalar(ScalarKind.LONG, true);
      case DOUBLE:
        return new PropertyType.Scalar(ScalarKind.DOUBLE, true);
      case BYTE, SHORT, CHAR, FLOAT:
        throw new Unsupported(
            "the primitive types are boolean, int, long and double; use "
                + (type.getKind() == TypeKind.CHAR ? "String" : "int, long or double"));
      case ARRAY:
        throw new Unsupported("arrays are not supported; use List");
      case ERROR:
        return readMissing(type, scope, lastRound);
      case DECLARED:
        return readDeclared((DeclaredType) type, scope, lastRound);
      case WILDCARD:
        throw new Unsupported("wildcards are not supported; name the element type");
      case TYPEVAR:
        throw new Unsupported("type variables are not supported; name a concrete type");
      default:
        throw new Unsupported("it is not a value type");
    }
  }

  private PropertyType readMissing(TypeMirror type, SourceScope scope, boolean lastRound)
      throws Unknown {
    String name = type.toString();
    TypeRef ref = known.resolve(name, scope);
    if (ref != null) {
      return known.isUnion(ref) ? new PropertyType.UnionRef(ref) : new PropertyType.ModelRef(ref);
    }
    if (!lastRound) {
      throw new DeferModel(name);
    }
    throw new Unknown(name);
  }

  private PropertyType readDeclared(DeclaredType type, SourceScope scope, boolean lastRound)
      throws Unsupported, Unknown {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    List<? extends TypeMirror> args = type.getTypeArguments();
    ScalarKind scalar = SCALARS.get(name);
    if (scalar != null) {
      return new PropertyType.Scalar(scalar, false);
    }
    if (name.equals("java.util.List")) {
      if (args.isEmpty()) {
        throw new Unsupported("a raw List is not supported; write List<ElementType>");
      }
      return new PropertyType.ListOf(readArgument(args.get(0), scope, lastRound));
    }
    if (name.equals("java.util.Map")) {
      if (args.isEmpty()) {
        throw new Unsupported("a raw Map is not supported; write Map<String, ValueType>");
      }
      if (!isString(args.get(0))) {
        throw new Unsupported("JSON object keys are strings; write Map<String, " + args.get(1) + ">");
      }
      return new PropertyType.MapOf(readArgument(args.get(1), scope, lastRound));
    }
    if (element.getKind() == ElementKind.ENUM) {
      return readEnum(element);
    }
    if (implementsRuntimeType(element, API_OBJECT)) {
      return new PropertyType.ModelRef(typeRef(element));
    }
    if (implementsRuntimeType(element, API_UNION)) {
      return new PropertyType.UnionRef(typeRef(element));
    }
    Optional<AnnotationMirror> apiModel = annotations.find(element, Annotations.API_MODEL);
    if (apiModel.isPresent()) {
      throw new Unsupported(
          element.getSimpleName() + " is an @ApiModel interface; refer to the class it generates, "
              + generatedName(element, apiModel.get()), Annotations.API_MODEL);
    }
    Optional<AnnotationMirror> oneOf = annotations.find(element, Annotations.ONE_OF);
    if (oneOf.isPresent()) {
      throw new Unsupported(
          element.getSimpleName() + " is a @OneOf interface; refer to the union class it generates, "
              + generatedName(element, oneOf.get()), Annotations.ONE_OF);
    }
    String hint = HINTS.get(name);
    throw new Unsupported(
        hint != null
            ? hint
            : "supported are String, boolean/int/long/double and their boxes, BigDecimal,"
                + " BigInteger, UUID, OffsetDateTime, LocalDate, enums, classes generated by"
                + " @ApiModel, unions generated by @OneOf, List<T>, Map<String, T> and Object");
  }

  private String generatedName(TypeElement element, AnnotationMirror apiModel) {
    String name = annotations.string(apiModel, "name");
    String simple = element.getSimpleName().toString();
    String suffix = settings.suffix(element);
    return !name.isEmpty() || !simple.endsWith(suffix) ? name : simple.substring(0, simple.length() - suffix.length());
  }

  private PropertyType readArgument(TypeMirror arg, SourceScope scope, boolean lastRound)
      throws Unsupported, Unknown {
    if (arg.getKind() == TypeKind.WILDCARD) {
      throw new Unsupported("wildcards are not supported; name the element type");
    }
    return read(arg, scope, lastRound);
  }

  private boolean isString(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals("java.lang.String");
  }

  /** Whether the element is a class that implements {@code ApiObject} or {@code ApiUnion}: one apimodel generated. */
  private boolean implementsRuntimeType(TypeElement element, String runtimeType) {
    TypeElement runtime = elements.getTypeElement(runtimeType);
    return runtime != null
        && element.getKind() == ElementKind.CLASS
        && types.isAssignable(element.asType(), types.erasure(runtime.asType()));
  }

  private PropertyType readEnum(TypeElement element) {
    List<EnumConstant> constants = new ArrayList<>();
    String fallback = null;
    for (Element member : element.getEnclosedElements()) {
      if (member.getKind() != ElementKind.ENUM_CONSTANT) {
        continue;
      }
      String javaName = member.getSimpleName().toString();
      Optional<AnnotationMirror> json = annotations.find(member, Annotations.JSON_PROPERTY);
      String wire = json.map(m -> annotations.string(m, "value")).orElse("");
      constants.add(new EnumConstant(javaName, wire.isEmpty() ? javaName : wire));
      if (fallback == null && annotations.find(member, Annotations.JSON_ENUM_DEFAULT).isPresent()) {
        fallback = javaName;
      }
    }
    return new PropertyType.EnumRef(typeRef(element), constants, fallback);
  }

  /** The name of a type element, as package plus nested simple names. */
  public static TypeRef typeRef(TypeElement element) {
    List<String> names = new ArrayList<>();
    Element current = element;
    while (current instanceof TypeElement type) {
      names.add(0, type.getSimpleName().toString());
      if (type.getNestingKind() != NestingKind.MEMBER) {
        break;
      }
      current = type.getEnclosingElement();
    }
    Element pkg = element;
    while (pkg.getKind() != ElementKind.PACKAGE) {
      pkg = pkg.getEnclosingElement();
    }
    String packageName =
        ((javax.lang.model.element.PackageElement) pkg).getQualifiedName().toString();
    return new TypeRef(packageName, names);
  }
}
