package io.apimodel.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import io.apimodel.processor.model.ModelSpec;
import io.apimodel.processor.model.Property;
import io.apimodel.processor.model.PropertyType;
import io.apimodel.processor.model.ScalarKind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the JSON mapping that needs only jackson-annotations: a {@code @JsonValue} method that
 * gives the object as plain JSON values, and a delegating {@code @JsonCreator} that reads them,
 * checks the JSON types (naming the path) and then every constraint of the document.
 */
final class JsonWriter {

  private static final String JACKSON = "com.fasterxml.jackson.annotation";
  private static final ClassName JSON_VALUE = ClassName.get(JACKSON, "JsonValue");
  private static final ClassName JSON_CREATOR = ClassName.get(JACKSON, "JsonCreator");
  private static final ClassName JSON_VALUES = ClassName.get("io.apimodel.runtime.internal", "JsonValues");
  private static final ClassName RFC_3339 = ClassName.get("io.apimodel.runtime.internal", "Rfc3339");
  private static final ClassName READ_EXCEPTION = ClassName.get("io.apimodel.runtime", "JsonReadException");

  private final ModelSpec model;
  private final ClassName self;

  JsonWriter(ModelSpec model) {
    this.model = model;
    this.self = TypeNames.of(model.generated());
  }

  List<MethodSpec> methods() {
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(fromJsonMap());
    methods.add(readJson());
    methods.add(jsonValue());
    for (Property property : model.properties()) {
      PropertyType.EnumRef e = DictWriter.enumIn(property.type());
      if (e != null) {
        methods.add(fromWire(property, e));
      }
    }
    return methods;
  }

  private MethodSpec fromJsonMap() {
    return MethodSpec.methodBuilder("fromJsonMap")
        .addJavadoc("Reads an object from its JSON members and checks every constraint of the whole document.\n")
        .addJavadoc("Jackson calls this for a JSON object; members no property claims go to {@link #unknownFields()}.\n\n")
        .addJavadoc("@param members the members of a JSON object, as plain JSON values\n")
        .addJavadoc("@return the object, or null for null\n")
        .addJavadoc("@throws $T if a value has the wrong JSON type (the message names its path)\n", READ_EXCEPTION)
        .addJavadoc("@throws $T listing every violation of the document\n", TypeNames.MODEL_VALIDATION_EXCEPTION)
        .addAnnotation(AnnotationSpec.builder(JSON_CREATOR).addMember("mode", "$T.Mode.DELEGATING", JSON_CREATOR).build())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(TypeNames.STRING_OBJECT_MAP, "members")
        .returns(self)
        .addStatement("$T result = readJson(members, $S)", self, "")
        .beginControlFlow("if (result != null)")
        .addStatement("$T.throwIfAny(result.validate())", TypeNames.VIOLATIONS)
        .endControlFlow()
        .addStatement("return result")
        .build();
  }

  private MethodSpec readJson() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("readJson")
        .addJavadoc("Reads an object from its JSON members without checking constraints: the caller checks\n")
        .addJavadoc("the whole document once. For generated code; use {@link #fromJsonMap} or Jackson.\n\n")
        .addJavadoc("@param members the members of a JSON object, or null\n")
        .addJavadoc("@param path where the object is in the document, for messages ({@code \"\"} at the top)\n")
        .addJavadoc("@return the object, or null for null\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(TypeNames.STRING_OBJECT_MAP, "members")
        .addParameter(String.class, "path")
        .returns(self)
        .beginControlFlow("if (members == null)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("$T result = $L", self, ClassWriter.emptyInstance(model))
        .beginControlFlow("for ($T<$T, $T> member : members.entrySet())", java.util.Map.Entry.class, String.class, Object.class)
        .addStatement("$T value = member.getValue()", Object.class)
        .beginControlFlow("switch (member.getKey())");
    for (Property property : model.properties()) {
      List<String> names = new ArrayList<>();
      names.add(property.jsonName());
      names.addAll(property.aliases());
      method.addCode("case $L -> ", names.stream().map(n -> CodeBlock.of("$S", n).toString()).collect(Collectors.joining(", ")));
      method.addCode(readMember(property));
    }
    method.addCode("default -> {\n$>")
        .beginControlFlow("if (result.unknownFields == null)")
        .addStatement("result.unknownFields = new $T()", TypeNames.LINKED_STRING_OBJECT_MAP)
        .endControlFlow()
        .addStatement("result.unknownFields.put(member.getKey(), $T.freeze(value))", TypeNames.VALUES)
        .addCode("$<}\n");
    method.endControlFlow().endControlFlow();
    for (Property property : model.properties()) {
      if (property.hasDefault()) {
        CodeBlock absent = CodeBlock.of("!members.containsKey($S)", property.jsonName());
        for (String alias : property.aliases()) {
          absent = CodeBlock.of("$L && !members.containsKey($S)", absent, alias);
        }
        method.beginControlFlow("if ($L)", absent)
            .addStatement("result.$N()", ClassWriter.initMethodName(property))
            .endControlFlow();
      }
    }
    return method.addStatement("return result").build();
  }

  private CodeBlock readMember(Property property) {
    CodeBlock path = CodeBlock.of("$T.path(path, $S)", JSON_VALUES, property.jsonName());
    PropertyType type = property.type();
    if (type instanceof PropertyType.EnumRef e) {
      CodeBlock.Builder code = CodeBlock.builder().add("{\n$>")
          .addStatement("$T wire = $T.string(value, $L)", String.class, JSON_VALUES, path)
          .addStatement("result.$N = $N(wire)", property.name(), fromWireName(property))
          .beginControlFlow("if (result.$N == null && wire != null)", property.name());
      if (e.fallbackConstant() != null) {
        code.addStatement("result.$N = $T.$N", property.name(), TypeNames.of(e), e.fallbackConstant())
            .addStatement("result.$N = wire", TypeNames.wireField(property));
      } else {
        code.addStatement("throw new $T($L, $S + wire + $S)", READ_EXCEPTION, path, "\"", "\" " + notOneOf(e));
      }
      return code.endControlFlow().add("$<}\n").build();
    }
    if (TypeNames.isPrimitive(type)) {
      return CodeBlock.builder().add("{\n$>")
          .addStatement("$T read = $L", TypeNames.of(type).box(), read(property, type, CodeBlock.of("value"), path, 0))
          .beginControlFlow("if (read != null)")
          .addStatement("result.$N = read", property.name())
          .endControlFlow()
          .add("$<}\n").build();
    }
    if (type instanceof PropertyType.ModelRef) {
      return CodeBlock.builder().add("{\n$>")
          .addStatement("$T at = $L", String.class, path)
          .addStatement("result.$N = $L", property.name(), read(property, type, CodeBlock.of("value"), CodeBlock.of("at"), 0))
          .add("$<}\n").build();
    }
    return CodeBlock.of("result.$N = $L;\n", property.name(), read(property, type, CodeBlock.of("value"), path, 0));
  }

  /** An expression reading a plain JSON {@code value} at {@code path} as {@code type}. */
  private CodeBlock read(Property property, PropertyType type, CodeBlock value, CodeBlock path, int depth) {
    if (type instanceof PropertyType.Scalar s) {
      return s.kind() == ScalarKind.OBJECT
          ? CodeBlock.of("$T.any($L)", JSON_VALUES, value) // any JSON value fits: no path needed
          : CodeBlock.of("$T.$L($L, $L)", JSON_VALUES, scalarReader(s.kind()), value, path);
    }
    if (type instanceof PropertyType.EnumRef) {
      return CodeBlock.of("$N($T.string($L, $L), $L)", fromWireName(property), JSON_VALUES, value, path, path);
    }
    if (type instanceof PropertyType.ModelRef m) {
      return CodeBlock.of("$T.readJson($T.object($L, $L), $L)", TypeNames.of(m.type()), JSON_VALUES, value, path, path);
    }
    String item = "item" + depth;
    String itemPath = "path" + depth;
    boolean list = type instanceof PropertyType.ListOf;
    PropertyType inner = list ? ((PropertyType.ListOf) type).element() : ((PropertyType.MapOf) type).value();
    // An explicit type argument (and a method reference where one fits) spares javac inference.
    CodeBlock reader = inner instanceof PropertyType.Scalar s && s.kind() != ScalarKind.OBJECT
        ? CodeBlock.of("$T::$L", JSON_VALUES, scalarReader(s.kind()))
        : CodeBlock.of("($N, $N) -> $L", item, itemPath,
            read(property, inner, CodeBlock.of("$N", item), CodeBlock.of("$N", itemPath), depth + 1));
    return CodeBlock.of("$T.<$T>$L($L, $L, $L)", JSON_VALUES, TypeNames.of(inner), list ? "list" : "map", value, path, reader);
  }

  /** The name of the runtime method that reads a scalar kind (same in JsonValues and JsonStreams). */
  static String scalarReader(ScalarKind kind) {
    return switch (kind) {
      case STRING -> "string";
      case BOOLEAN -> "bool";
      case INT -> "integer";
      case LONG -> "longInteger";
      case DOUBLE -> "decimal";
      case BIG_DECIMAL -> "bigDecimal";
      case BIG_INTEGER -> "bigInteger";
      case UUID -> "uuid";
      case OFFSET_DATE_TIME -> "dateTime";
      case LOCAL_DATE -> "date";
      case OBJECT -> "any";
    };
  }

  private MethodSpec jsonValue() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("jsonValue")
        .addJavadoc("This object as plain JSON values, for Jackson: JSON names in property order, nulls left\n")
        .addJavadoc("out, date-times as RFC 3339 strings, then the unknown fields.\n")
        .addAnnotation(JSON_VALUE)
        .addModifiers(Modifier.PRIVATE)
        .returns(TypeNames.STRING_OBJECT_MAP)
        .addStatement("$T json = new $T($L)", TypeNames.STRING_OBJECT_MAP, TypeNames.LINKED_STRING_OBJECT_MAP,
            model.properties().size() * 4 / 3 + 1);
    for (Property property : model.properties()) {
      CodeBlock field = CodeBlock.of("this.$N", property.name());
      CodeBlock value = write(property, property.type(), field, 0);
      if (ModelSpec.keepsUnknownWire(property)) {
        value = CodeBlock.of("this.$1N != null ? this.$1N : $2L", TypeNames.wireField(property), value);
      }
      if (TypeNames.isPrimitive(property.type())) {
        method.addStatement("json.put($S, $L)", property.jsonName(), value);
      } else {
        method.beginControlFlow("if ($L != null)", field)
            .addStatement("json.put($S, $L)", property.jsonName(), value)
            .endControlFlow();
      }
    }
    return method
        .beginControlFlow("if (this.unknownFields != null)")
        .addStatement("json.putAll(this.unknownFields)")
        .endControlFlow()
        .addStatement("return json")
        .build();
  }

  /** An expression giving the plain JSON form of a non-null {@code value}. */
  private CodeBlock write(Property property, PropertyType type, CodeBlock value, int depth) {
    if (type instanceof PropertyType.Scalar s) {
      return switch (s.kind()) {
        case OFFSET_DATE_TIME -> CodeBlock.of("$T.format($L)", RFC_3339, value);
        case LOCAL_DATE -> CodeBlock.of("$L.toString()", value);
        default -> value;
      };
    }
    if (type instanceof PropertyType.EnumRef e) {
      return DictWriter.needsWireMethod(e)
          ? CodeBlock.of("$N($L)", DictWriter.wireMethodName(property), value)
          : CodeBlock.of("$L.name()", value);
    }
    if (!needsConversion(type)) {
      return value;
    }
    String item = "item" + depth;
    boolean list = type instanceof PropertyType.ListOf;
    PropertyType inner = list ? ((PropertyType.ListOf) type).element() : ((PropertyType.MapOf) type).value();
    return CodeBlock.of("$T.<$T>$L($L, $N -> $L)", JSON_VALUES, TypeNames.of(inner), list ? "writeList" : "writeMap", value, item,
        write(property, inner, CodeBlock.of("$N", item), depth + 1));
  }

  private static boolean needsConversion(PropertyType type) {
    if (type instanceof PropertyType.Scalar s) {
      return s.kind() == ScalarKind.OFFSET_DATE_TIME || s.kind() == ScalarKind.LOCAL_DATE;
    }
    if (type instanceof PropertyType.EnumRef) {
      return true;
    }
    if (type instanceof PropertyType.ListOf list) {
      return needsConversion(list.element());
    }
    return type instanceof PropertyType.MapOf map && needsConversion(map.value());
  }

  private static String fromWireName(Property property) {
    return property.name() + "FromWire";
  }

  /** {@code statusFromWire(wire)} (direct property) or {@code statusFromWire(wire, path)} (in a list or map). */
  private MethodSpec fromWire(Property property, PropertyType.EnumRef e) {
    TypeName type = TypeNames.of(e);
    boolean direct = property.type() instanceof PropertyType.EnumRef;
    CodeBlock.Builder cases = CodeBlock.builder();
    for (PropertyType.EnumConstant constant : e.constants()) {
      cases.add("case $S -> $T.$N;\n", constant.wireName(), type, constant.javaName());
    }
    MethodSpec.Builder method = MethodSpec.methodBuilder(fromWireName(property))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(String.class, "wire")
        .returns(type)
        .beginControlFlow("if (wire == null)")
        .addStatement("return null")
        .endControlFlow();
    if (direct) {
      return method.addJavadoc("The constant with this wire string, or null when there is none.\n")
          .addCode("return switch (wire) {\n$>$Ldefault -> null;\n$<};\n", cases.build())
          .build();
    }
    method.addJavadoc("The constant with this wire string, else the fallback constant or an error.\n")
        .addParameter(String.class, "path");
    CodeBlock otherwise = e.fallbackConstant() != null
        ? CodeBlock.of("default -> $T.$N;\n", type, e.fallbackConstant())
        : CodeBlock.of("default -> throw new $T(path, $S + wire + $S);\n", READ_EXCEPTION, "\"", "\" " + notOneOf(e));
    return method.addCode("return switch (wire) {\n$>$L$L$<};\n", cases.build(), otherwise).build();
  }

  static String notOneOf(PropertyType.EnumRef e) {
    return "is not one of " + e.constants().stream().map(PropertyType.EnumConstant::wireName).collect(Collectors.joining(", "));
  }
}
