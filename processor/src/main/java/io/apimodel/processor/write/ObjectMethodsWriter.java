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
import java.util.Objects;
import javax.lang.model.element.Modifier;

/** Writes {@code equals}, {@code hashCode} and {@code toString}. */
final class ObjectMethodsWriter {

  private final ModelSpec model;
  private final ClassName self;

  ObjectMethodsWriter(ModelSpec model) {
    this.model = model;
    this.self = TypeNames.of(model.generated());
  }

  List<MethodSpec> methods() {
    return List.of(equalsMethod(), hashCodeMethod(), toStringMethod());
  }

  private MethodSpec equalsMethod() {
    List<CodeBlock> comparisons = new ArrayList<>();
    for (Property property : model.properties()) {
      comparisons.add(equal(property));
      if (ModelSpec.keepsUnknownWire(property)) {
        comparisons.add(CodeBlock.of("$1T.equals(this.$2N, that.$2N)", Objects.class, TypeNames.wireField(property)));
      }
    }
    comparisons.add(CodeBlock.of("this.unknownFields().equals(that.unknownFields())"));
    return MethodSpec.methodBuilder("equals")
        .addJavadoc("Equal when every property and every unknown field is equal.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(Object.class, "other")
        .returns(boolean.class)
        .beginControlFlow("if (this == other)")
        .addStatement("return true")
        .endControlFlow()
        .beginControlFlow("if (!(other instanceof $T))", self)
        .addStatement("return false")
        .endControlFlow()
        .addStatement("$T that = ($T) other", self, self)
        .addStatement("return $L", CodeBlock.join(comparisons, "\n    && "))
        .build();
  }

  private static CodeBlock equal(Property property) {
    if (property.type() instanceof PropertyType.Scalar s && s.primitive()) {
      return s.kind() == ScalarKind.DOUBLE
          ? CodeBlock.of("$T.compare(this.$N, that.$N) == 0", Double.class, property.name(), property.name())
          : CodeBlock.of("this.$N == that.$N", property.name(), property.name());
    }
    return CodeBlock.of("$T.equals(this.$N, that.$N)", Objects.class, property.name(), property.name());
  }

  private MethodSpec hashCodeMethod() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("hashCode")
            .addJavadoc("A hash of every property and every unknown field.\n")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(int.class)
            .addStatement("int h = 1");
    for (Property property : model.properties()) {
      method.addStatement("h = 31 * h + $L", hash(property));
      if (ModelSpec.keepsUnknownWire(property)) {
        method.addStatement("h = 31 * h + $T.hashCode(this.$N)", Objects.class, TypeNames.wireField(property));
      }
    }
    return method.addStatement("h = 31 * h + this.unknownFields().hashCode()").addStatement("return h").build();
  }

  private static CodeBlock hash(Property property) {
    if (property.type() instanceof PropertyType.Scalar s && s.primitive()) {
      Class<?> box = switch (s.kind()) {
        case BOOLEAN -> Boolean.class;
        case INT -> Integer.class;
        case LONG -> Long.class;
        default -> Double.class;
      };
      return CodeBlock.of("$T.hashCode(this.$N)", box, property.name());
    }
    return CodeBlock.of("$T.hashCode(this.$N)", Objects.class, property.name());
  }

  private MethodSpec toStringMethod() {
    return MethodSpec.methodBuilder("toString")
        .addJavadoc("The same text as {@link #toStr()}.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return toStr()")
        .build();
  }
}
