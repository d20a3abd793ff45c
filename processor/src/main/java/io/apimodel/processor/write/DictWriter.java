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
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code toDict()} and {@code toDict(boolean)}: the model as a map keyed by dict keys,
 * enums as wire strings, nested models, lists and maps converted into new mutable ones.
 */
final class DictWriter {

  private static final ClassName DICTS = ClassName.get("io.apimodel.runtime.internal", "Dicts");
  private static final ClassName PYTHON_REPR = ClassName.get("io.apimodel.runtime.pprint", "PythonRepr");

  private final ModelSpec model;

  DictWriter(ModelSpec model) {
    this.model = model;
  }

  List<MethodSpec> methods() {
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(MethodSpec.methodBuilder("toDict")
        .addJavadoc("This object as a dict, like the Python SDK's {@code to_dict()}: a new mutable map of\n")
        .addJavadoc("every property in property order, nulls included; enums as their wire strings.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeNames.STRING_OBJECT_MAP)
        .addStatement("return toDict(false)")
        .build());
    methods.add(toDictRedacted());
    methods.add(MethodSpec.methodBuilder("toStr")
        .addJavadoc("The Python SDK's {@code to_str()}: what Python's {@code pprint.pformat} prints for\n")
        .addJavadoc("{@link #toDict()}, with {@code @Redacted} values shown as {@code '***'}.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $T.pformat(toDict(true))", PYTHON_REPR)
        .build());
    for (Property property : model.properties()) {
      PropertyType.EnumRef e = enumIn(property.type());
      if (e != null && needsWireMethod(e)) {
        methods.add(wireMethod(property, e));
      }
    }
    return methods;
  }

  private MethodSpec toDictRedacted() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("toDict")
        .addJavadoc("{@link #toDict()}; with {@code redacted}, non-null {@code @Redacted} values are {@code \"***\"}.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeNames.STRING_OBJECT_MAP)
        .addParameter(boolean.class, "redacted")
        .addStatement("$T dict = new $T($L)", TypeNames.STRING_OBJECT_MAP, TypeNames.LINKED_STRING_OBJECT_MAP,
            model.properties().size() * 4 / 3 + 1);
    for (Property property : model.properties()) {
      CodeBlock field = CodeBlock.of("this.$N", property.name());
      CodeBlock value = convert(property, property.type(), field, 0);
      if (ModelSpec.keepsUnknownWire(property)) {
        value = CodeBlock.of("this.$1N != null ? this.$1N : $2L", TypeNames.wireField(property), value);
      }
      if (property.redacted() && !TypeNames.isPrimitive(property.type())) {
        value = CodeBlock.of("redacted && $L != null ? $T.REDACTED : $L", field, DICTS, value);
      } else if (property.redacted()) {
        value = CodeBlock.of("redacted ? $T.REDACTED : $L", DICTS, value);
      }
      method.addStatement("dict.put($S, $L)", property.dictKey(), value);
    }
    return method.addStatement("return dict").build();
  }

  /** An expression converting {@code value} (which may be null) of {@code type} to a dict value. */
  private CodeBlock convert(Property property, PropertyType type, CodeBlock value, int depth) {
    if (type instanceof PropertyType.Scalar s) {
      return s.kind() == ScalarKind.OBJECT ? CodeBlock.of("$T.plain($L, redacted)", DICTS, value) : value;
    }
    if (type instanceof PropertyType.EnumRef e) {
      if (needsWireMethod(e)) {
        return CodeBlock.of("$N($L)", wireMethodName(property), value);
      }
      return depth == 0 ? CodeBlock.of("$T.name($L)", DICTS, value) : CodeBlock.of("$L.name()", value);
    }
    if (type instanceof PropertyType.ModelRef) {
      return depth == 0 ? CodeBlock.of("$T.model($L, redacted)", DICTS, value) : CodeBlock.of("$L.toDict(redacted)", value);
    }
    boolean list = type instanceof PropertyType.ListOf;
    PropertyType item = list ? ((PropertyType.ListOf) type).element() : ((PropertyType.MapOf) type).value();
    // The common containers get non-generic helpers, the rest a lambda and an explicit type
    // argument: both spare javac type inference when it compiles the generated class.
    if (isKeptAsIs(item)) {
      return CodeBlock.of("$T.$L($L)", DICTS, list ? "copyList" : "copyMap", value);
    }
    if (item instanceof PropertyType.ModelRef) {
      return CodeBlock.of("$T.$L($L, redacted)", DICTS, list ? "modelList" : "modelMap", value);
    }
    String name = "item" + depth;
    CodeBlock converted = convert(property, item, CodeBlock.of("$N", name), depth + 1);
    return CodeBlock.of("$T.<$T>$L($L, $N -> $L)", DICTS, TypeNames.of(item), list ? "list" : "map", value, name, converted);
  }

  /** Whether {@code toDict()} keeps values of this type as they are. */
  private static boolean isKeptAsIs(PropertyType type) {
    return type instanceof PropertyType.Scalar s && s.kind() != ScalarKind.OBJECT;
  }

  /** The enum a property holds, directly or as the items of (nested) lists and maps. */
  static PropertyType.EnumRef enumIn(PropertyType type) {
    if (type instanceof PropertyType.EnumRef e) {
      return e;
    }
    if (type instanceof PropertyType.ListOf list) {
      return enumIn(list.element());
    }
    return type instanceof PropertyType.MapOf map ? enumIn(map.value()) : null;
  }

  static boolean needsWireMethod(PropertyType.EnumRef e) {
    return e.constants().stream().anyMatch(c -> !c.javaName().equals(c.wireName()));
  }

  static String wireMethodName(Property property) {
    return property.name() + "ToWire";
  }

  private MethodSpec wireMethod(Property property, PropertyType.EnumRef e) {
    CodeBlock.Builder cases = CodeBlock.builder();
    for (PropertyType.EnumConstant constant : e.constants()) {
      cases.add("case $N -> $S;\n", constant.javaName(), constant.wireName());
    }
    return MethodSpec.methodBuilder(wireMethodName(property))
        .addJavadoc("The wire string of a {@code $L} value, or null.\n", property.name())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(TypeNames.of(e), "value")
        .returns(String.class)
        .beginControlFlow("if (value == null)")
        .addStatement("return null")
        .endControlFlow()
        .addCode("return switch (value) {\n$>$L$<};\n", cases.build())
        .build();
  }
}
