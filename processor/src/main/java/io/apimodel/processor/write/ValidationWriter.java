package io.apimodel.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.apimodel.processor.model.Constraint;
import io.apimodel.processor.model.ModelSpec;
import io.apimodel.processor.model.Property;
import io.apimodel.processor.model.PropertyType;
import io.apimodel.processor.model.ScalarKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Generates the constraint checks: one static {@code checkX} method per property that has
 * anything to check (shared by its setter and by {@code validate()}), the compiled patterns, and
 * {@code validate()}/{@code collectViolations()}.
 */
final class ValidationWriter {

  private final ModelSpec model;

  ValidationWriter(ModelSpec model) {
    this.model = model;
  }

  /** The name of a property's check method. */
  static String checkMethodName(Property property) {
    return "check" + property.capitalized();
  }

  /** Whether the check method takes a {@code deep} flag (the property can hold models). */
  static boolean takesDeepFlag(Property property) {
    return containsModel(property.type());
  }

  /**
   * {@code private static final StringPattern EXT_ID_PATTERN = StringPattern.compile("...")}, one per
   * pattern.
   */
  List<FieldSpec> patternFields() {
    List<FieldSpec> fields = new ArrayList<>();
    for (Property property : model.properties()) {
      for (Constraint constraint : property.constraints()) {
        if (constraint instanceof Constraint.Pattern p) {
          fields.add(
              FieldSpec.builder(
                      TypeNames.STRING_PATTERN, patternField(property), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                  .initializer("$T.compile($S)", TypeNames.STRING_PATTERN, p.regex())
                  .build());
        }
      }
    }
    return fields;
  }

  List<MethodSpec> checkMethods() {
    List<MethodSpec> methods = new ArrayList<>();
    for (Property property : model.properties()) {
      if (property.hasChecks()) {
        methods.add(checkMethod(property));
      }
    }
    return methods;
  }

  MethodSpec validate() {
    return MethodSpec.methodBuilder("validate")
        .addJavadoc("The violations of the current state, recursing into nested models; empty when valid.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeNames.VIOLATION_LIST)
        .addStatement("$T violations = new $T()", TypeNames.VIOLATION_LIST, TypeNames.VIOLATION_ARRAY_LIST)
        .addStatement("collectViolations($S, violations)", "")
        .addStatement("return violations")
        .build();
  }

  MethodSpec collectViolations() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("collectViolations")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(String.class, "prefix")
            .addParameter(TypeNames.VIOLATION_LIST, "out");
    for (Property property : model.properties()) {
      if (property.hasChecks()) {
        method.addStatement(
            "$N(this.$N, prefix, out$L)",
            checkMethodName(property), property.name(), takesDeepFlag(property) ? ", true" : "");
      }
    }
    return method.build();
  }

  private MethodSpec checkMethod(Property property) {
    TypeName type = TypeNames.of(property.type());
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(checkMethodName(property))
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(type, "value")
            .addParameter(String.class, "prefix")
            .addParameter(TypeNames.VIOLATION_LIST, "out");
    if (takesDeepFlag(property)) {
      method.addJavadoc("Checks {@code $L}; nested models only when {@code deep}.\n", property.name());
      method.addParameter(boolean.class, "deep");
    } else {
      method.addJavadoc("Checks {@code $L}.\n", property.name());
    }
    PathExpression path = PathExpression.of("prefix", property.name());
    if (!TypeNames.isPrimitive(property.type())) {
      method.beginControlFlow("if (value == null)");
      if (property.required()) {
        method.addStatement("$T.required(out, $L)", TypeNames.VIOLATIONS, path.code());
      }
      method.addStatement("return");
      method.endControlFlow();
    }
    for (Constraint constraint : property.constraints()) {
      method.addCode(constraintCheck(property, constraint, path));
    }
    method.addCode(nestedChecks(property.type(), "value", path, 0));
    return method.build();
  }

  private CodeBlock constraintCheck(Property property, Constraint constraint, PathExpression path) {
    CodeBlock.Builder code = CodeBlock.builder();
    boolean redacted = property.redacted();
    if (constraint instanceof Constraint.Range r) {
      if (r.hasMin()) {
        code.beginControlFlow("if ($L)", compare(property.type(), "<", r.min()))
            .addStatement("$T.min(out, $L, value, $LL, $L)", TypeNames.VIOLATIONS, path.code(), r.min(), redacted)
            .endControlFlow();
      }
      if (r.hasMax()) {
        code.beginControlFlow("if ($L)", compare(property.type(), ">", r.max()))
            .addStatement("$T.max(out, $L, value, $LL, $L)", TypeNames.VIOLATIONS, path.code(), r.max(), redacted)
            .endControlFlow();
      }
    } else if (constraint instanceof Constraint.Size s) {
      boolean container = property.type().isContainer();
      String kind = container ? "Items" : "Length";
      if (s.hasMin()) {
        if (container) {
          code.beginControlFlow("if (value.size() < $L)", s.min());
        } else {
          code.beginControlFlow("if ($T.length(value) < $L)", TypeNames.VIOLATIONS, s.min());
        }
        code
            .addStatement("$T.min$L(out, $L, value, $L, $L)", TypeNames.VIOLATIONS, kind, path.code(), s.min(), redacted)
            .endControlFlow();
      }
      if (s.hasMax()) {
        if (container) {
          code.beginControlFlow("if (value.size() > $L)", s.max());
        } else {
          code.beginControlFlow("if (value.length() > $L && $T.length(value) > $L)", s.max(), TypeNames.VIOLATIONS, s.max());
        }
        code.addStatement("$T.max$L(out, $L, value, $L, $L)", TypeNames.VIOLATIONS, kind, path.code(), s.max(), redacted)
            .endControlFlow();
      }
    } else if (constraint instanceof Constraint.Pattern p) {
      // StringPattern.find() is Matcher.find(); the runtime picks how to answer it.
      code.beginControlFlow("if (!$N.find(value))", patternField(property))
          .addStatement("$T.pattern(out, $L, value, $S, $L)", TypeNames.VIOLATIONS, path.code(), p.regex(), redacted)
          .endControlFlow();
    }
    return code.build();
  }

  private static CodeBlock compare(PropertyType type, String operator, long bound) {
    ScalarKind kind = ((PropertyType.Scalar) type).kind();
    if (kind == ScalarKind.BIG_DECIMAL || kind == ScalarKind.BIG_INTEGER) {
      Class<?> big = kind == ScalarKind.BIG_DECIMAL ? BigDecimal.class : BigInteger.class;
      return CodeBlock.of("value.compareTo($T.valueOf($LL)) $L 0", big, bound, operator);
    }
    return CodeBlock.of("value $L $LL", operator, bound);
  }

  /** Checks inside a non-null value of {@code type}: list items, map values, nested models. */
  private CodeBlock nestedChecks(PropertyType type, String variable, PathExpression path, int depth) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (type instanceof PropertyType.ModelRef) {
      code.beginControlFlow("if (deep)").add(nestedModel(variable, path)).endControlFlow();
    } else if (type instanceof PropertyType.ListOf list) {
      String index = "i" + depth;
      String item = "item" + depth;
      PathExpression itemPath = path.index(index);
      code.beginControlFlow("for (int $1N = 0; $1N < $2N.size(); $1N++)", index, variable)
          .addStatement("$T $N = $N.get($N)", TypeNames.of(list.element()), item, variable, index)
          .beginControlFlow("if ($N == null)", item)
          .addStatement("$T.nullItem(out, $L)", TypeNames.VIOLATIONS, itemPath.code());
      if (list.element() instanceof PropertyType.ModelRef) {
        code.nextControlFlow("else if (deep)").add(nestedModel(item, itemPath));
      } else {
        CodeBlock inner = nestedChecks(list.element(), item, itemPath, depth + 1);
        if (!inner.isEmpty()) {
          code.nextControlFlow("else").add(inner);
        }
      }
      code.endControlFlow().endControlFlow();
    } else if (type instanceof PropertyType.MapOf map) {
      String entry = "entry" + depth;
      String item = "item" + depth;
      CodeBlock inner = nestedChecks(map.value(), item, path.literal("[").variable(entry + ".getKey()").literal("]"), depth + 1);
      if (!inner.isEmpty()) {
        TypeName value = TypeNames.of(map.value());
        code.beginControlFlow(
                "for ($T $N : $N.entrySet())",
                ParameterizedTypeName.get(ClassName.get(Map.Entry.class), ClassName.get(String.class), value),
                entry, variable)
            .addStatement("$T $N = $N.getValue()", value, item, entry)
            .beginControlFlow("if ($N != null)", item)
            .add(inner)
            .endControlFlow()
            .endControlFlow();
      }
    }
    return code.build();
  }

  /**
   * Checks a nested model with paths of its own and, only if it reports anything, puts where it
   * sits in front: a valid graph is checked without building a single path.
   */
  private static CodeBlock nestedModel(String variable, PathExpression path) {
    return CodeBlock.builder()
        .addStatement("int before = out.size()")
        .addStatement("$N.collectViolations($S, out)", variable, "")
        .beginControlFlow("if (out.size() > before)")
        .addStatement("$T.nest(out, before, $L)", TypeNames.VIOLATIONS, path.literal(".").code())
        .endControlFlow()
        .build();
  }

  private static boolean containsModel(PropertyType type) {
    if (type instanceof PropertyType.ModelRef) {
      return true;
    }
    if (type instanceof PropertyType.ListOf list) {
      return containsModel(list.element());
    }
    return type instanceof PropertyType.MapOf map && containsModel(map.value());
  }

  static String patternField(Property property) {
    return TypeNames.constantCase(property.name()) + "_PATTERN";
  }
}
