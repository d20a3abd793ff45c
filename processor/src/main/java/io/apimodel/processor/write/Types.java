package io.apimodel.processor.write;

import io.apimodel.processor.model.PropertyType;
import java.util.List;

/** The types generated code names, and the Java type of each property type. */
final class Types {

  private static final String RUNTIME = "io.apimodel.runtime";
  private static final String INTERNAL = "io.apimodel.runtime.internal";
  private static final String JACKSON = "io.apimodel.runtime.jackson";

  static final JType.Named STRING = JType.named("java.lang", "String");
  static final JType.Named OBJECT = JType.named("java.lang", "Object");
  static final JType.Named VOID = JType.named("java.lang", "Void");
  static final JType.Named OVERRIDE = JType.named("java.lang", "Override");
  static final JType.Named SUPPRESS_WARNINGS = JType.named("java.lang", "SuppressWarnings");
  static final JType.Named ILLEGAL_ARGUMENT = JType.named("java.lang", "IllegalArgumentException");
  static final JType.Named ITERABLE = JType.named("java.lang", "Iterable");
  static final JType.Named LIST = JType.named("java.util", "List");
  static final JType.Named MAP = JType.named("java.util", "Map");
  static final JType.Named OBJECTS = JType.named("java.util", "Objects");
  static final JType.Named IO_EXCEPTION = JType.named("java.io", "IOException");
  static final JType.Named GENERATED = JType.named("javax.annotation.processing", "Generated");

  static final JType.Named API_OBJECT = JType.named(RUNTIME, "ApiObject");
  static final JType.Named VIOLATION = JType.named(RUNTIME, "Violation");
  static final JType.Named MODEL_VALIDATION_EXCEPTION = JType.named(RUNTIME, "ModelValidationException");
  static final JType.Named JSON_READ_EXCEPTION = JType.named(RUNTIME, "JsonReadException");
  static final JType.Named MODEL_TYPE = JType.named(INTERNAL, "ModelType");
  static final JType.Named KINDS = JType.named(INTERNAL, "Kinds");
  static final JType.Named CONSTRAINT = JType.named(INTERNAL, "Constraint");
  static final JType.Named ENUM_WIRE = JType.named(INTERNAL, "EnumWire");
  static final JType.Named VALUES = JType.named(INTERNAL, "Values");
  static final JType.Named JSON_TOKENS = JType.named(INTERNAL, "JsonTokens");
  static final JType.Named JSON_INPUT = JType.named(INTERNAL, "JsonInput");
  static final JType.Named JSON_OUTPUT = JType.named(INTERNAL, "JsonOutput");
  static final JType.Named JSON_MEMBERS = JType.named(INTERNAL, "JsonMembers");
  static final JType.Named STRING_PATTERN = JType.named(INTERNAL, "StringPattern");
  static final JType.Named PYTHON_REPR = JType.named("io.apimodel.runtime.pprint", "PythonRepr");
  static final JType.Named MODEL_DESERIALIZER = JType.named(JACKSON, "ModelDeserializer");
  static final JType.Named MODEL_SERIALIZER = JType.named(JACKSON, "ModelSerializer");
  static final JType.Named UTF8_CURSOR = JType.named(JACKSON, "Utf8Cursor");

  static final JType.Named JSON_CREATOR = JType.named("com.fasterxml.jackson.annotation", "JsonCreator");
  static final JType.Named JSON_VALUE = JType.named("com.fasterxml.jackson.annotation", "JsonValue");
  static final JType.Named JSON_SERIALIZE = JType.named("com.fasterxml.jackson.databind.annotation", "JsonSerialize");
  static final JType.Named JSON_DESERIALIZE = JType.named("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");
  static final JType.Named JSON_SERIALIZE_3 = JType.named("tools.jackson.databind.annotation", "JsonSerialize");
  static final JType.Named JSON_DESERIALIZE_3 = JType.named("tools.jackson.databind.annotation", "JsonDeserialize");
  static final JType.Named JACKSON_EXCEPTION_3 = JType.named("tools.jackson.core", "JacksonException");
  static final JType.Named MODEL_VALUE_DESERIALIZER = JType.named(JACKSON + "3", "ModelValueDeserializer");
  static final JType.Named MODEL_VALUE_SERIALIZER = JType.named(JACKSON + "3", "ModelValueSerializer");
  static final JType.Named JACKSON_LINES = JType.named("io.apimodel.runtime.internal", "JacksonLines");
  static final JType.Named JSON_PROCESSING_EXCEPTION =
      JType.named("com.fasterxml.jackson.core", "JsonProcessingException");

  static final JType VIOLATION_LIST = LIST.of(VIOLATION);
  static final JType STRING_OBJECT_MAP = MAP.of(STRING, OBJECT);

  /**
   * The types whose simple names generated code may write; the names it allocates for its own
   * variables avoid them (and their packages' first segments), so that no variable hides a type.
   */
  static final List<JType.Named> USED =
      List.of(STRING, OBJECT, VOID, OVERRIDE, SUPPRESS_WARNINGS, ILLEGAL_ARGUMENT, ITERABLE, LIST, MAP,
          OBJECTS, IO_EXCEPTION, GENERATED, API_OBJECT, VIOLATION, MODEL_VALIDATION_EXCEPTION,
          JSON_READ_EXCEPTION, MODEL_TYPE, KINDS, CONSTRAINT, ENUM_WIRE, VALUES, JSON_TOKENS, JSON_INPUT,
          JSON_OUTPUT, JSON_MEMBERS, STRING_PATTERN, PYTHON_REPR, MODEL_DESERIALIZER, MODEL_SERIALIZER, UTF8_CURSOR, JSON_CREATOR,
          JSON_VALUE, JSON_SERIALIZE, JSON_DESERIALIZE, JSON_PROCESSING_EXCEPTION, JSON_SERIALIZE_3, JSON_DESERIALIZE_3,
          JACKSON_EXCEPTION_3, MODEL_VALUE_DESERIALIZER, MODEL_VALUE_SERIALIZER, JACKSON_LINES);

  private Types() {}

  /** The Java type of a property (primitive where declared so). */
  static JType of(PropertyType type) {
    return type.accept(JAVA_TYPE);
  }

  private static final PropertyType.Visitor<JType> JAVA_TYPE = new PropertyType.Visitor<>() {
    @Override
    public JType scalar(PropertyType.Scalar scalar) {
      Scalars.Facts facts = Scalars.of(scalar.kind());
      return scalar.primitive() ? facts.primitive() : facts.boxed();
    }

    @Override
    public JType enumeration(PropertyType.EnumRef enumeration) {
      return JType.of(enumeration.type());
    }

    @Override
    public JType model(PropertyType.ModelRef model) {
      return JType.of(model.type());
    }

    @Override
    public JType union(PropertyType.UnionRef union) {
      return JType.of(union.type());
    }

    @Override
    public JType list(PropertyType.ListOf list) {
      return LIST.of(of(list.element()).boxed());
    }

    @Override
    public JType map(PropertyType.MapOf map) {
      return MAP.of(STRING, of(map.value()).boxed());
    }
  };
}
