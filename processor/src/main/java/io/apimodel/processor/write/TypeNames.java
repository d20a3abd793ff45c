package io.apimodel.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.apimodel.processor.model.PropertyType;
import io.apimodel.processor.model.ScalarKind;
import io.apimodel.processor.model.TypeRef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** JavaPoet names for model types and the runtime. */
final class TypeNames {

  static final ClassName API_OBJECT = ClassName.get("io.apimodel.runtime", "ApiObject");
  static final ClassName VIOLATION = ClassName.get("io.apimodel.runtime", "Violation");
  static final ClassName VIOLATIONS = ClassName.get("io.apimodel.runtime.internal", "Violations");
  static final ClassName VALUES = ClassName.get("io.apimodel.runtime.internal", "Values");
  static final ClassName STRING_PATTERN = ClassName.get("io.apimodel.runtime.internal", "StringPattern");
  static final ClassName MODEL_VALIDATION_EXCEPTION =
      ClassName.get("io.apimodel.runtime", "ModelValidationException");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final TypeName VIOLATION_LIST = ParameterizedTypeName.get(ClassName.get(List.class), VIOLATION);
  static final TypeName STRING_OBJECT_MAP =
      ParameterizedTypeName.get(Map.class, String.class, Object.class);
  /**
   * {@code ArrayList<Violation>} and {@code LinkedHashMap<String, Object>}: generated code names
   * type arguments instead of using {@code <>}, which javac would have to infer.
   */
  static final TypeName VIOLATION_ARRAY_LIST = ParameterizedTypeName.get(ClassName.get(ArrayList.class), VIOLATION);
  static final TypeName LINKED_STRING_OBJECT_MAP =
      ParameterizedTypeName.get(LinkedHashMap.class, String.class, Object.class);

  private TypeNames() {}

  static ClassName of(TypeRef ref) {
    List<String> names = ref.simpleNames();
    return ClassName.get(
        ref.packageName(), names.get(0), names.subList(1, names.size()).toArray(new String[0]));
  }

  /** The Java type of a property (primitive where declared so). */
  static TypeName of(PropertyType type) {
    if (type instanceof PropertyType.Scalar scalar) {
      TypeName boxed = scalar(scalar.kind());
      return scalar.primitive() ? boxed.unbox() : boxed;
    }
    if (type instanceof PropertyType.EnumRef e) {
      return of(e.type());
    }
    if (type instanceof PropertyType.ModelRef m) {
      return of(m.type());
    }
    if (type instanceof PropertyType.ListOf list) {
      return ParameterizedTypeName.get(ClassName.get(List.class), of(list.element()));
    }
    PropertyType.MapOf map = (PropertyType.MapOf) type;
    return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), of(map.value()));
  }

  private static ClassName scalar(ScalarKind kind) {
    return switch (kind) {
      case STRING -> ClassName.get(String.class);
      case BOOLEAN -> ClassName.get(Boolean.class);
      case INT -> ClassName.get(Integer.class);
      case LONG -> ClassName.get(Long.class);
      case DOUBLE -> ClassName.get(Double.class);
      case BIG_DECIMAL -> ClassName.get(BigDecimal.class);
      case BIG_INTEGER -> ClassName.get(BigInteger.class);
      case UUID -> ClassName.get(UUID.class);
      case OFFSET_DATE_TIME -> ClassName.get(OffsetDateTime.class);
      case LOCAL_DATE -> ClassName.get(LocalDate.class);
      case OBJECT -> ClassName.OBJECT;
    };
  }

  /** Whether the property's field is a Java primitive. */
  static boolean isPrimitive(PropertyType type) {
    return type instanceof PropertyType.Scalar s && s.primitive();
  }

  /** The field that keeps an enum property's unknown wire string: {@code statusWire}. */
  static String wireField(io.apimodel.processor.model.Property property) {
    return property.name() + "Wire";
  }

  /** {@code extId} to {@code EXT_ID}. */
  static String constantCase(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
  }
}
