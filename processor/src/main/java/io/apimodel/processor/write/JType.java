package io.apimodel.processor.write;

import io.apimodel.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.List;

/**
 * A Java type as generated code names it. {@link SourceFile} decides how each is written: by its
 * simple name with an import, or qualified when that name means something else where it is used.
 */
sealed interface JType {

  /** A class or interface, possibly nested and parameterized. */
  record Named(String packageName, List<String> simpleNames, List<JType> arguments) implements JType {
    public Named {
      simpleNames = List.copyOf(simpleNames);
      arguments = List.copyOf(arguments);
    }

    /** A member type of this one. */
    Named nested(String simpleName) {
      List<String> names = new ArrayList<>(simpleNames);
      names.add(simpleName);
      return new Named(packageName, names, List.of());
    }

    /** This type with type arguments. */
    Named of(JType... args) {
      return new Named(packageName, simpleNames, List.of(args));
    }

    /** {@code java.util.Map} for {@code java.util.Map<String, V>}. */
    Named raw() {
      return new Named(packageName, simpleNames, List.of());
    }

    /** The top-level type's canonical name. */
    String topLevel() {
      return packageName.isEmpty() ? simpleNames.get(0) : packageName + "." + simpleNames.get(0);
    }

    String simpleName() {
      return simpleNames.get(simpleNames.size() - 1);
    }
  }

  /** {@code boolean}, {@code int}, {@code long}, {@code double}, {@code void}. */
  record Primitive(String keyword) implements JType {}

  /** {@code T[]}. */
  record Array(JType component) implements JType {}

  /** {@code ? extends T}. */
  record Wildcard(JType upperBound) implements JType {}

  Primitive BOOLEAN = new Primitive("boolean");
  Primitive INT = new Primitive("int");
  Primitive LONG = new Primitive("long");
  Primitive DOUBLE = new Primitive("double");
  Primitive VOID = new Primitive("void");

  static Named named(String packageName, String... simpleNames) {
    return new Named(packageName, List.of(simpleNames), List.of());
  }

  static Named of(TypeRef ref) {
    return new Named(ref.packageName(), ref.simpleNames(), List.of());
  }

  static Named of(Class<?> type) {
    List<String> names = new ArrayList<>();
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      names.add(0, c.getSimpleName());
    }
    return new Named(type.getPackageName(), names, List.of());
  }

  /** The boxed type of a primitive; other types as they are. */
  default JType boxed() {
    if (this instanceof Primitive p) {
      return switch (p.keyword()) {
        case "boolean" -> named("java.lang", "Boolean");
        case "int" -> named("java.lang", "Integer");
        case "long" -> named("java.lang", "Long");
        case "double" -> named("java.lang", "Double");
        default -> throw new IllegalArgumentException(p.keyword());
      };
    }
    return this;
  }
}
