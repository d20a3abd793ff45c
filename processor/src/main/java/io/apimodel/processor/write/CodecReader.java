package io.apimodel.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.apimodel.processor.model.ModelSpec;
import io.apimodel.processor.model.Property;
import io.apimodel.processor.model.PropertyType;
import io.apimodel.processor.model.ScalarKind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The read side of the streaming codec: {@code Json.read} with its field dispatch ({@code
 * nextFieldName}, a switch on the property index, repeated members rejected), {@code
 * readValidated}, and readers for enums inside lists and maps.
 */
final class CodecReader {

  private static final ClassName PARSER = CodecWriter.PARSER;
  private static final ClassName STREAMS = CodecWriter.STREAMS;
  private static final ClassName ERRORS = CodecWriter.ERRORS;

  private final ModelSpec model;
  private final ClassName self;
  private final ClassName json;

  CodecReader(ModelSpec model, ClassName self, ClassName json) {
    this.model = model;
    this.self = self;
    this.json = json;
  }

  MethodSpec fieldIndex() {
    CodeBlock.Builder cases = CodeBlock.builder();
    List<Property> properties = model.properties();
    for (int i = 0; i < properties.size(); i++) {
      Property property = properties.get(i);
      List<String> names = new ArrayList<>();
      names.add(property.jsonName());
      names.addAll(property.aliases());
      cases.add("case $L -> $L;\n", names.stream().map(n -> CodeBlock.of("$S", n).toString()).collect(Collectors.joining(", ")), i);
    }
    return MethodSpec.methodBuilder("fieldIndex")
        .addJavadoc("The index of the property with this JSON name (or alias), or -1.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(String.class, "name")
        .returns(int.class)
        .addCode("return switch (name) {\n$>$Ldefault -> -1;\n$<};\n", cases.build())
        .build();
  }

  MethodSpec readMethod() {
    int count = model.properties().size();
    boolean bitSet = count > 64;
    MethodSpec.Builder method = MethodSpec.methodBuilder("read")
        .addJavadoc("Reads the object the parser is on, without checking constraints (the caller checks\n")
        .addJavadoc("the whole document once). Wrong JSON types and repeated members fail with their path.\n\n")
        .addJavadoc("@return the object, or null when the parser is on {@code null}\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(PARSER, "p")
        .returns(self)
        .addException(java.io.IOException.class)
        .beginControlFlow("if (!$T.startObject(p))", STREAMS)
        .addStatement("return null")
        .endControlFlow()
        .addStatement("$T result = $L", self, ClassWriter.emptyInstance(model));
    if (bitSet) {
      method.addStatement("$T seen = new $T($L)", java.util.BitSet.class, java.util.BitSet.class, count);
    } else {
      method.addStatement("long seen = 0L");
    }
    method.addStatement("$T name", String.class)
        .beginControlFlow("while ((name = p.nextFieldName()) != null)")
        .addStatement("int index = fieldIndex(name)")
        .beginControlFlow("if (index < 0)")
        .addStatement("result.unknownFields = $T.readUnknown(result.unknownFields, p, name)", STREAMS)
        .addStatement("continue")
        .endControlFlow();
    if (bitSet) {
      method.beginControlFlow("if (seen.get(index))")
          .addStatement("throw $T.duplicate(p, name)", ERRORS)
          .endControlFlow()
          .addStatement("seen.set(index)");
    } else {
      method.beginControlFlow("if ((seen & (1L << index)) != 0)")
          .addStatement("throw $T.duplicate(p, name)", ERRORS)
          .endControlFlow()
          .addStatement("seen |= 1L << index");
    }
    method.addStatement("p.nextToken()").beginControlFlow("switch (index)");
    List<Property> properties = model.properties();
    for (int i = 0; i < properties.size(); i++) {
      method.addCode("case $L -> ", i).addCode(readMember(properties.get(i)));
    }
    method.addCode("default -> throw new $T(name);\n", IllegalStateException.class);
    method.endControlFlow().endControlFlow();
    for (int i = 0; i < properties.size(); i++) {
      Property property = properties.get(i);
      if (property.hasDefault()) {
        method.beginControlFlow(bitSet ? "if (!seen.get($L))" : "if ((seen & (1L << $L)) == 0)", i)
            .addStatement("result.$N()", ClassWriter.initMethodName(property))
            .endControlFlow();
      }
    }
    return method.addStatement("return result").build();
  }

  private CodeBlock readMember(Property property) {
    PropertyType type = property.type();
    if (type instanceof PropertyType.EnumRef e) {
      CodeBlock.Builder code = CodeBlock.builder().add("{\n$>")
          .addStatement("$T wire = $T.string(p)", String.class, STREAMS)
          .addStatement("result.$N = $N(wire)", property.name(), property.name() + "FromWire")
          .beginControlFlow("if (result.$N == null && wire != null)", property.name());
      if (e.fallbackConstant() != null) {
        code.addStatement("result.$N = $T.$N", property.name(), TypeNames.of(e), e.fallbackConstant())
            .addStatement("result.$N = wire", TypeNames.wireField(property));
      } else {
        code.addStatement("throw $T.invalid(p, $S + wire + $S)", ERRORS, "\"", "\" " + JsonWriter.notOneOf(e));
      }
      return code.endControlFlow().add("$<}\n").build();
    }
    if (type instanceof PropertyType.Scalar s && s.primitive()) {
      return CodeBlock.of("result.$N = $T.$L(p, result.$N);\n", property.name(), STREAMS, primitiveReader(s.kind()), property.name());
    }
    return CodeBlock.of("result.$N = $L;\n", property.name(), readValue(property, type));
  }

  /** An expression reading a value of {@code type} at the parser's current token. */
  private CodeBlock readValue(Property property, PropertyType type) {
    if (type instanceof PropertyType.ListOf list && !list.element().isContainer()) {
      return CodeBlock.of("$N(p)", listReaderName(property));
    }
    if (type instanceof PropertyType.ListOf list) {
      return CodeBlock.of("$T.<$T>list(p, $L)", STREAMS, TypeNames.of(list.element()), reader(property, list.element(), 0));
    }
    if (type instanceof PropertyType.MapOf map) {
      return CodeBlock.of("$T.<$T>map(p, $L)", STREAMS, TypeNames.of(map.value()), reader(property, map.value(), 0));
    }
    if (type instanceof PropertyType.ModelRef m) {
      return CodeBlock.of("$T.read(p)", TypeNames.of(m.type()).nestedClass("Json"));
    }
    if (type instanceof PropertyType.EnumRef) {
      return CodeBlock.of("$N(p)", enumReaderName(property));
    }
    return CodeBlock.of("$T.$L(p)", STREAMS, JsonWriter.scalarReader(((PropertyType.Scalar) type).kind()));
  }

  /** A reader of items of {@code type} as a method reference or lambda. */
  private CodeBlock reader(Property property, PropertyType type, int depth) {
    if (type instanceof PropertyType.Scalar s) {
      return CodeBlock.of("$T::$L", STREAMS, JsonWriter.scalarReader(s.kind()));
    }
    if (type instanceof PropertyType.EnumRef) {
      return CodeBlock.of("$T::$N", json, enumReaderName(property));
    }
    if (type instanceof PropertyType.ModelRef m) {
      return CodeBlock.of("$T::read", TypeNames.of(m.type()).nestedClass("Json"));
    }
    String parser = "q" + depth;
    boolean list = type instanceof PropertyType.ListOf;
    PropertyType inner = list ? ((PropertyType.ListOf) type).element() : ((PropertyType.MapOf) type).value();
    return CodeBlock.of("$N -> $T.<$T>$L($N, $L)", parser, STREAMS, TypeNames.of(inner), list ? "list" : "map", parser, reader(property, inner, depth + 1));
  }

  private static String primitiveReader(ScalarKind kind) {
    return switch (kind) {
      case BOOLEAN -> "boolValue";
      case INT -> "intValue";
      case LONG -> "longValue";
      default -> "doubleValue";
    };
  }

  MethodSpec readValidated() {
    return MethodSpec.methodBuilder("readValidated")
        .addJavadoc("Reads the object the parser is on and checks every constraint of it and what it holds.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(PARSER, "p")
        .returns(self)
        .addException(java.io.IOException.class)
        .addStatement("$T result", self)
        .beginControlFlow("try")
        .addStatement("result = read(p)")
        .nextControlFlow("catch ($T e)", ClassName.get("com.fasterxml.jackson.core.exc", "StreamConstraintsException"))
        .addStatement("throw $T.limit(p, e)", ERRORS)
        .nextControlFlow("catch ($T e)", StackOverflowError.class)
        .addStatement("throw $T.tooDeep(p)", ERRORS)
        .endControlFlow()
        .beginControlFlow("if (result != null)")
        .addStatement("$T violations = result.validate()", TypeNames.VIOLATION_LIST)
        .beginControlFlow("if (!violations.isEmpty())")
        .addStatement("throw $T.violations(p, $T.class, new $T(violations))", ERRORS, self, TypeNames.MODEL_VALIDATION_EXCEPTION)
        .endControlFlow()
        .endControlFlow()
        .addStatement("return result")
        .build();
  }

  static String listReaderName(Property property) {
    return "read" + property.capitalized();
  }

  /**
   * {@code readSubTasks(p)}: a list of scalars, enums or models read with a loop of its own into an
   * array that the frozen list adopts, so that each item's read is a direct call the JIT can inline.
   */
  MethodSpec listReader(Property property, PropertyType.ListOf list) {
    return MethodSpec.methodBuilder(listReaderName(property))
        .addJavadoc("Reads the {@code $L} array the parser is on; null for null.\n", property.name())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(PARSER, "p")
        .returns(TypeNames.of(list))
        .addException(java.io.IOException.class)
        .beginControlFlow("if (!$T.startArray(p))", STREAMS)
        .addStatement("return null")
        .endControlFlow()
        .addStatement("$T[] items = new $T[8]", Object.class, Object.class)
        .addStatement("int size = 0")
        .beginControlFlow("while (p.nextToken() != $T.END_ARRAY)", ClassName.get("com.fasterxml.jackson.core", "JsonToken"))
        .beginControlFlow("if (size == items.length)")
        .addStatement("items = $T.copyOf(items, size * 2)", java.util.Arrays.class)
        .endControlFlow()
        .addStatement("items[size++] = $L", readValue(property, list.element()))
        .endControlFlow()
        .addStatement("return $T.adoptList(items, size)", TypeNames.VALUES)
        .build();
  }

  /** The enum inside a list or map property (a property that is the enum itself is read apart). */
  static PropertyType.EnumRef nestedEnum(PropertyType type) {
    return type instanceof PropertyType.EnumRef ? null : DictWriter.enumIn(type);
  }

  private static String enumReaderName(Property property) {
    return "read" + property.capitalized() + "Item";
  }

  MethodSpec enumReader(Property property, PropertyType.EnumRef e) {
    CodeBlock.Builder cases = CodeBlock.builder();
    for (PropertyType.EnumConstant constant : e.constants()) {
      cases.add("case $S -> $T.$N;\n", constant.wireName(), TypeNames.of(e), constant.javaName());
    }
    CodeBlock otherwise = e.fallbackConstant() != null
        ? CodeBlock.of("default -> $T.$N;\n", TypeNames.of(e), e.fallbackConstant())
        : CodeBlock.of("default -> throw $T.invalid(p, $S + wire + $S);\n", ERRORS, "\"", "\" " + JsonWriter.notOneOf(e));
    return MethodSpec.methodBuilder(enumReaderName(property))
        .addJavadoc("Reads one {@code $L} item: the constant with that wire string, else the fallback.\n", property.name())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(PARSER, "p")
        .returns(TypeNames.of(e))
        .addException(java.io.IOException.class)
        .addStatement("$T wire = $T.string(p)", String.class, STREAMS)
        .beginControlFlow("if (wire == null)")
        .addStatement("return null")
        .endControlFlow()
        .addCode("return switch (wire) {\n$>$L$L$<};\n", cases.build(), otherwise)
        .build();
  }
}
