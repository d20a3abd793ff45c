package io.apimodel.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.apimodel.processor.model.ModelSpec;
import io.apimodel.processor.model.Property;
import io.apimodel.processor.model.PropertyType;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/** Writes {@code Model.Builder} and the {@code builder()}/{@code toBuilder()} methods. */
final class BuilderWriter {

  private final ModelSpec model;
  private final ClassName self;
  private final ClassName builder;

  BuilderWriter(ModelSpec model) {
    this.model = model;
    this.self = TypeNames.of(model.generated());
    this.builder = builderClass(self);
  }

  static ClassName builderClass(ClassName model) {
    return model.nestedClass("Builder");
  }

  MethodSpec staticFactory() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("builder")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder);
    if (model.hasDefaults()) {
      return method
          .addJavadoc("A builder that starts with the {@code @Default} values, evaluated now.\n")
          .addStatement("return new $T(new $T())", builder, self)
          .build();
    }
    return method.addJavadoc("A builder with every property unset.\n").addStatement("return new $T()", builder).build();
  }

  MethodSpec toBuilder() {
    return MethodSpec.methodBuilder("toBuilder")
        .addJavadoc("A builder that starts with this object's values and unknown fields.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addStatement("return new $T(this)", builder)
        .build();
  }

  TypeSpec write() {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(builder)
            .addJavadoc("Builds {@link $T} instances. {@link #build()} checks every constraint of the\n", self)
            .addJavadoc("whole object graph and reports all violations at once.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
    for (Property property : model.properties()) {
      type.addField(TypeNames.of(property.type()), property.name(), Modifier.PRIVATE);
      if (ModelSpec.keepsUnknownWire(property)) {
        type.addField(String.class, TypeNames.wireField(property), Modifier.PRIVATE);
      }
    }
    type.addField(TypeNames.STRING_OBJECT_MAP, "unknownFields", Modifier.PRIVATE);
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(copyConstructor());
    for (Property property : model.properties()) {
      type.addMethod(fluent(property));
      if (property.type() instanceof PropertyType.ListOf list) {
        type.addMethod(add(property, list)).addMethod(addAll(property, list));
      } else if (property.type() instanceof PropertyType.MapOf map) {
        type.addMethod(put(property, map));
      }
    }
    return type.addMethod(putUnknownField()).addMethod(build()).build();
  }

  private MethodSpec copyConstructor() {
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(self, "source");
    for (Property property : model.properties()) {
      constructor.addStatement("this.$1N = source.$1N", property.name());
      if (ModelSpec.keepsUnknownWire(property)) {
        constructor.addStatement("this.$1N = source.$1N", TypeNames.wireField(property));
      }
    }
    return constructor
        .addStatement("this.unknownFields = $L", ClassWriter.copyOfUnknownFields("source"))
        .build();
  }

  private MethodSpec fluent(Property property) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(property.name())
        .addJavadoc(Javadocs.property(property))
        .addJavadoc("\n@param $N the value$L\n@return this builder\n", property.name(),
            property.type().isContainer() ? " (copied; null unsets it)" : "")
        .addModifiers(Modifier.PUBLIC)
        .addParameter(TypeNames.of(property.type()), property.name())
        .returns(builder)
        .addStatement("this.$N = $L", property.name(), ClassWriter.frozen(property.type(), CodeBlock.of("$N", property.name())));
    if (ModelSpec.keepsUnknownWire(property)) {
      method.addStatement("this.$N = null", TypeNames.wireField(property));
    }
    return method.addStatement("return this").build();
  }

  private MethodSpec add(Property property, PropertyType.ListOf list) {
    TypeName element = TypeNames.of(list.element());
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("add" + property.capitalized())
            .addJavadoc("Adds items to {@code $L}.\n\n@param items the items to add\n@return this builder\n", property.name())
            .addModifiers(Modifier.PUBLIC)
            .addParameter(com.palantir.javapoet.ArrayTypeName.of(element), "items")
            .varargs(true)
            .returns(builder);
    if (element instanceof ParameterizedTypeName) {
      method.addAnnotation(SafeVarargs.class).addModifiers(Modifier.FINAL);
    }
    return method
        .addStatement("this.$1N = $2T.<$3T>growableList(this.$1N)", property.name(), TypeNames.VALUES, element)
        .beginControlFlow("for ($T item : items)", element)
        .addStatement("this.$N.add(item)", property.name())
        .endControlFlow()
        .addStatement("return this")
        .build();
  }

  private MethodSpec addAll(Property property, PropertyType.ListOf list) {
    TypeName element = TypeNames.of(list.element());
    TypeName iterable = ParameterizedTypeName.get(ClassName.get(Iterable.class), WildcardTypeName.subtypeOf(element));
    return MethodSpec.methodBuilder("addAll" + property.capitalized())
        .addJavadoc("Adds every item of {@code items} to {@code $L}.\n\n@param items the items to add\n@return this builder\n", property.name())
        .addModifiers(Modifier.PUBLIC)
        .addParameter(iterable, "items")
        .returns(builder)
        .addStatement("this.$1N = $2T.<$3T>growableList(this.$1N)", property.name(), TypeNames.VALUES, element)
        .beginControlFlow("for ($T item : items)", element)
        .addStatement("this.$N.add(item)", property.name())
        .endControlFlow()
        .addStatement("return this")
        .build();
  }

  private MethodSpec put(Property property, PropertyType.MapOf map) {
    return MethodSpec.methodBuilder("put" + property.capitalized())
        .addJavadoc("Puts one entry into {@code $L}.\n\n@param key the key\n@param value the value\n@return this builder\n", property.name())
        .addModifiers(Modifier.PUBLIC)
        .addParameter(String.class, "key")
        .addParameter(TypeNames.of(map.value()), "value")
        .returns(builder)
        .addStatement("$T.requireNonNull(key, $S)", Objects.class, "key")
        .addStatement("this.$1N = $2T.<$3T>growableMap(this.$1N)", property.name(), TypeNames.VALUES, TypeNames.of(map.value()))
        .addStatement("this.$N.put(key, value)", property.name())
        .addStatement("return this")
        .build();
  }

  private MethodSpec putUnknownField() {
    return MethodSpec.methodBuilder("putUnknownField")
        .addJavadoc("Adds or replaces a member that no property claims (see {@link $T#putUnknownField}).\n\n", self)
        .addJavadoc("@param name the JSON member name\n@param value any JSON value\n@return this builder\n")
        .addModifiers(Modifier.PUBLIC)
        .addParameter(String.class, "name")
        .addParameter(Object.class, "value")
        .returns(builder)
        .addStatement("$T checked = checkedUnknownField(name, value)", Object.class)
        .beginControlFlow("if (this.unknownFields == null)")
        .addStatement("this.unknownFields = new $T()", TypeNames.LINKED_STRING_OBJECT_MAP)
        .endControlFlow()
        .addStatement("this.unknownFields.put(name, checked)")
        .addStatement("return this")
        .build();
  }

  private MethodSpec build() {
    return MethodSpec.methodBuilder("build")
        .addJavadoc("Builds the object after checking every constraint of the whole object graph.\n\n")
        .addJavadoc("@return a valid {@link $T} holding unmodifiable copies of lists and maps\n", self)
        .addJavadoc("@throws $T listing every violation, with paths such as {@code subTasks[2].extId}\n",
            TypeNames.MODEL_VALIDATION_EXCEPTION)
        .addModifiers(Modifier.PUBLIC)
        .returns(self)
        .addStatement("$T result = new $T(this)", self, self)
        .addStatement("$T.throwIfAny(result.validate())", TypeNames.VIOLATIONS)
        .addStatement("return result")
        .build();
  }
}
