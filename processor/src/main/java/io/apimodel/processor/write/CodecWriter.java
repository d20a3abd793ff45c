package io.apimodel.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.apimodel.processor.model.ModelSpec;
import io.apimodel.processor.model.Property;
import io.apimodel.processor.model.PropertyType;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the streaming JSON codec (jackson-core, no reflection) for users who have jackson-databind:
 * the nested {@code Json} class with {@code read}/{@code write} and the Jackson serializer and
 * deserializer that the class's {@code @JsonSerialize}/{@code @JsonDeserialize} name, and the
 * {@code fromJson}/{@code toJson} conveniences.
 */
final class CodecWriter {

  static final ClassName JSON_SERIALIZE = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonSerialize");
  static final ClassName JSON_DESERIALIZE = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");
  static final ClassName PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
  private static final ClassName GENERATOR = ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
  private static final ClassName SERIALIZED = ClassName.get("com.fasterxml.jackson.core.io", "SerializedString");
  private static final ClassName PROCESSING_EXCEPTION = ClassName.get("com.fasterxml.jackson.core", "JsonProcessingException");
  private static final ClassName STD_SERIALIZER = ClassName.get("com.fasterxml.jackson.databind.ser.std", "StdSerializer");
  private static final ClassName STD_DESERIALIZER = ClassName.get("com.fasterxml.jackson.databind.deser.std", "StdDeserializer");
  private static final ClassName PROVIDER = ClassName.get("com.fasterxml.jackson.databind", "SerializerProvider");
  private static final ClassName CONTEXT = ClassName.get("com.fasterxml.jackson.databind", "DeserializationContext");
  static final ClassName STREAMS = ClassName.get("io.apimodel.runtime.jackson", "JsonStreams");
  static final ClassName ERRORS = ClassName.get("io.apimodel.runtime.jackson", "JsonErrors");

  private final ModelSpec model;
  private final ClassName self;
  private final ClassName json;

  CodecWriter(ModelSpec model) {
    this.model = model;
    this.self = TypeNames.of(model.generated());
    this.json = self.nestedClass("Json");
  }

  /** {@code @JsonSerialize(using = Task.Json.Serializer.class)} and its deserializer twin. */
  List<AnnotationSpec> classAnnotations() {
    return List.of(
        AnnotationSpec.builder(JSON_SERIALIZE).addMember("using", "$T.class", json.nestedClass("Serializer")).build(),
        AnnotationSpec.builder(JSON_DESERIALIZE).addMember("using", "$T.class", json.nestedClass("Deserializer")).build());
  }

  /** {@code fromJson(String)} and {@code toJson()} on the model class. */
  List<MethodSpec> conveniences() {
    MethodSpec fromJson = MethodSpec.methodBuilder("fromJson")
        .addJavadoc("Reads a $T from JSON text and checks every constraint of the document.\n\n", self)
        .addJavadoc("@param text a JSON object, or {@code null}\n@return the object, or null for {@code null}\n")
        .addJavadoc("@throws $T if the text is not valid JSON, a value has the wrong type, or a constraint\n", PROCESSING_EXCEPTION)
        .addJavadoc("    is broken (then with the {@link $T} as the cause); the message names the path\n", TypeNames.MODEL_VALIDATION_EXCEPTION)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(String.class, "text")
        .returns(self)
        .addException(PROCESSING_EXCEPTION)
        .beginControlFlow("try ($T p = $T.FACTORY.createParser(text))", PARSER, STREAMS)
        .addStatement("p.nextToken()")
        .addStatement("$T result = $T.readValidated(p)", self, json)
        .addStatement("$T.endOfInput(p)", STREAMS)
        .addStatement("return result")
        .nextControlFlow("catch ($T e)", PROCESSING_EXCEPTION)
        .addStatement("throw e")
        .nextControlFlow("catch ($T e)", java.io.IOException.class)
        .addStatement("throw new $T(e)", java.io.UncheckedIOException.class)
        .endControlFlow()
        .build();
    MethodSpec toJson = MethodSpec.methodBuilder("toJson")
        .addJavadoc("This object as compact JSON text (SPEC: JSON names in property order, nulls left out).\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("$T out = new $T()", java.io.StringWriter.class, java.io.StringWriter.class)
        .beginControlFlow("try ($T gen = $T.FACTORY.createGenerator(out))", GENERATOR, STREAMS)
        .addStatement("$T.write(this, gen)", json)
        .nextControlFlow("catch ($T e)", java.io.IOException.class)
        .addStatement("throw new $T(e)", java.io.UncheckedIOException.class)
        .endControlFlow()
        .addStatement("return out.toString()")
        .build();
    return List.of(fromJson, toJson);
  }

  /** The nested {@code Json} class. */
  TypeSpec write() {
    TypeSpec.Builder type = TypeSpec.classBuilder(json)
        .addJavadoc("Streaming JSON for {@link $T} with jackson-core: no reflection, names pre-encoded.\n", self)
        .addJavadoc("Jackson finds it through the annotations on {@link $T}; other generated codecs call it directly.\n", self)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
    for (Property property : model.properties()) {
      type.addField(FieldSpec.builder(SERIALIZED, nameConstant(property), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("new $T($S)", SERIALIZED, property.jsonName())
          .build());
    }
    CodecReader reader = new CodecReader(model, self, json);
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(writeMethod())
        .addMethod(reader.readMethod())
        .addMethod(reader.readValidated())
        .addMethod(reader.fieldIndex());
    for (Property property : model.properties()) {
      if (property.type() instanceof PropertyType.ListOf list && !list.element().isContainer()) {
        type.addMethod(reader.listReader(property, list));
      }
    }
    for (Property property : model.properties()) {
      PropertyType.EnumRef e = CodecReader.nestedEnum(property.type());
      if (e != null) {
        type.addMethod(reader.enumReader(property, e));
      }
    }
    return type.addType(serializer()).addType(deserializer()).build();
  }

  private MethodSpec writeMethod() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("write")
        .addJavadoc("Writes {@code value} as a JSON object: JSON names in property order, nulls left out,\n")
        .addJavadoc("then the unknown fields.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(self, "value")
        .addParameter(GENERATOR, "gen")
        .addException(java.io.IOException.class)
        .addStatement("gen.writeStartObject(value)");
    for (Property property : model.properties()) {
      CodeBlock field = CodeBlock.of("value.$N", property.name());
      boolean primitive = TypeNames.isPrimitive(property.type());
      if (!primitive) {
        method.beginControlFlow("if ($L != null)", field);
      }
      method.addStatement("gen.writeFieldName($N)", nameConstant(property));
      if (ModelSpec.keepsUnknownWire(property)) {
        method.addStatement("gen.writeString(value.$1N != null ? value.$1N : $2L)", TypeNames.wireField(property),
            enumWire(property, (PropertyType.EnumRef) property.type(), field));
      } else if (property.type() instanceof PropertyType.ListOf list && !list.element().isContainer()) {
        method.addCode(writeListInline(property, list, field));
      } else {
        method.addStatement(writeValue(property, property.type(), field, "gen", 0));
      }
      if (!primitive) {
        method.endControlFlow();
      }
    }
    return method
        .beginControlFlow("if (value.unknownFields != null)")
        .addStatement("$T.writeUnknown(value.unknownFields, gen)", STREAMS)
        .endControlFlow()
        .addStatement("gen.writeEndObject()")
        .build();
  }

  /**
   * A list of scalars, enums or models written with a loop of its own, so that each item's write is
   * a direct call the JIT can inline.
   */
  private CodeBlock writeListInline(Property property, PropertyType.ListOf list, CodeBlock field) {
    return CodeBlock.builder()
        .addStatement("$T<$T> $N = $L", java.util.List.class, TypeNames.of(list.element()), "list", field)
        .addStatement("gen.writeStartArray(list, list.size())")
        .beginControlFlow("for (int i = 0, n = list.size(); i < n; i++)")
        .addStatement("$T item = list.get(i)", TypeNames.of(list.element()))
        .beginControlFlow("if (item == null)")
        .addStatement("gen.writeNull()")
        .nextControlFlow("else")
        .addStatement(writeValue(property, list.element(), CodeBlock.of("item"), "gen", 0))
        .endControlFlow()
        .endControlFlow()
        .addStatement("gen.writeEndArray()")
        .build();
  }

  /** A statement (without the semicolon) writing a non-null value. */
  private CodeBlock writeValue(Property property, PropertyType type, CodeBlock value, String gen, int depth) {
    if (type instanceof PropertyType.Scalar s) {
      return switch (s.kind()) {
        case STRING -> CodeBlock.of("$N.writeString($L)", gen, value);
        case BOOLEAN -> CodeBlock.of("$N.writeBoolean($L)", gen, value);
        case INT, LONG, DOUBLE, BIG_DECIMAL, BIG_INTEGER -> CodeBlock.of("$N.writeNumber($L)", gen, value);
        case UUID, LOCAL_DATE -> CodeBlock.of("$N.writeString($L.toString())", gen, value);
        case OFFSET_DATE_TIME -> CodeBlock.of("$T.writeDateTime($L, $N)", STREAMS, value, gen);
        case OBJECT -> CodeBlock.of("$T.writeAny($L, $N)", STREAMS, value, gen);
      };
    }
    if (type instanceof PropertyType.EnumRef e) {
      return CodeBlock.of("$N.writeString($L)", gen, enumWire(property, e, value));
    }
    if (type instanceof PropertyType.ModelRef m) {
      return CodeBlock.of("$T.write($L, $N)", TypeNames.of(m.type()).nestedClass("Json"), value, gen);
    }
    String item = "item" + depth;
    String itemGen = "gen" + depth;
    boolean list = type instanceof PropertyType.ListOf;
    PropertyType inner = list ? ((PropertyType.ListOf) type).element() : ((PropertyType.MapOf) type).value();
    CodeBlock writer = inner instanceof PropertyType.ModelRef m
        ? CodeBlock.of("$T::write", TypeNames.of(m.type()).nestedClass("Json"))
        : CodeBlock.of("($N, $N) -> $L", item, itemGen, writeValue(property, inner, CodeBlock.of("$N", item), itemGen, depth + 1));
    return CodeBlock.of("$T.<$T>$L($L, $N, $L)", STREAMS, TypeNames.of(inner), list ? "writeList" : "writeMap", value, gen, writer);
  }

  private static CodeBlock enumWire(Property property, PropertyType.EnumRef e, CodeBlock value) {
    return DictWriter.needsWireMethod(e)
        ? CodeBlock.of("$N($L)", DictWriter.wireMethodName(property), value)
        : CodeBlock.of("$L.name()", value);
  }

  private TypeSpec serializer() {
    return TypeSpec.classBuilder("Serializer")
        .addJavadoc("Jackson's entry to {@link Json#write}.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(STD_SERIALIZER, self))
        .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer("1L").build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC).addStatement("super($T.class)", self).build())
        .addMethod(MethodSpec.methodBuilder("serialize")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(self, "value")
            .addParameter(GENERATOR, "gen")
            .addParameter(PROVIDER, "provider")
            .addException(java.io.IOException.class)
            .addStatement("write(value, gen)")
            .build())
        .build();
  }

  private TypeSpec deserializer() {
    return TypeSpec.classBuilder("Deserializer")
        .addJavadoc("Jackson's entry to {@link Json#readValidated}.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(STD_DESERIALIZER, self))
        .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer("1L").build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC).addStatement("super($T.class)", self).build())
        .addMethod(MethodSpec.methodBuilder("deserialize")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(PARSER, "p")
            .addParameter(CONTEXT, "context")
            .returns(self)
            .addException(java.io.IOException.class)
            .addStatement("return readValidated(p)")
            .build())
        .build();
  }

  private static String nameConstant(Property property) {
    return TypeNames.constantCase(property.name()).replaceAll("[^A-Za-z0-9_]", "_");
  }

}
