package io.apimodel.processor.read;

import io.apimodel.processor.diag.DeferModel;
import io.apimodel.processor.diag.Diagnostic;
import io.apimodel.processor.diag.Reporter;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Rules about the methods and super-interfaces of a model: which methods are properties, and what
 * is wrong with the ones that cannot be.
 */
final class MethodRules {

  /** Annotations that mean something only on a property method. */
  private static final List<String> PROPERTY_ANNOTATIONS =
      List.of(
          Annotations.REQUIRED, Annotations.RANGE, Annotations.SIZE, Annotations.PATTERN,
          Annotations.REDACTED, Annotations.DICT_KEY);

  /** Members of Object: javac itself rejects default methods that override them. */
  private static final Set<String> OBJECT_MEMBERS = Set.of("getClass", "hashCode", "toString", "equals");

  private final Annotations annotations;
  private final Reporter reporter;

  MethodRules(Annotations annotations, Reporter reporter) {
    this.annotations = annotations;
    this.reporter = reporter;
  }

  /**
   * Reports every super-interface (at any depth) that does not exist. Before the last round such a
   * model is put off instead: another processor may still generate the interface.
   */
  void checkSupertypes(TypeElement type, boolean lastRound) {
    checkSupertypes(type, lastRound, new HashSet<>());
  }

  private void checkSupertypes(TypeElement type, boolean lastRound, Set<TypeElement> visited) {
    if (!visited.add(type)) {
      return;
    }
    for (TypeMirror parent : type.getInterfaces()) {
      if (parent.getKind() == TypeKind.ERROR) {
        if (!lastRound) {
          throw new DeferModel(parent.toString());
        }
        reporter.report(Diagnostic.UNKNOWN_SUPERTYPE, type, type.getSimpleName(), parent);
      } else if (parent.getKind() == TypeKind.DECLARED) {
        checkSupertypes((TypeElement) ((DeclaredType) parent).asElement(), lastRound, visited);
      }
    }
  }

  /** Whether a group of declarations is a property, reporting misuse of property methods. */
  boolean isProperty(Declaration declaration) {
    ExecutableElement primary = declaration.primary();
    Optional<AnnotationMirror> defaultMark = annotations.find(primary, Annotations.DEFAULT);
    boolean isDefault = primary.getModifiers().contains(Modifier.DEFAULT);
    if (isDefault && defaultMark.isEmpty()) {
      checkBehaviour(primary);
      return false;
    }
    if (!isDefault && !primary.getModifiers().contains(Modifier.ABSTRACT)) {
      return false;
    }
    String kind = isDefault ? "@Default" : "abstract";
    boolean ok = true;
    if (!isDefault && defaultMark.isPresent()) {
      reporter.report(Diagnostic.DEFAULT_ON_ABSTRACT, primary, defaultMark.get(), signature(primary));
      ok = false;
    }
    if (!primary.getTypeParameters().isEmpty()) {
      reporter.report(Diagnostic.METHOD_WITH_TYPE_PARAMETERS, primary, kind, signature(primary));
      ok = false;
    }
    if (primary.getReturnType().getKind() == TypeKind.VOID) {
      reporter.report(Diagnostic.VOID_METHOD, primary, kind, signature(primary));
      ok = false;
    }
    if (!primary.getThrownTypes().isEmpty()) {
      reporter.report(Diagnostic.METHOD_THROWS, primary, kind, signature(primary));
      ok = false;
    }
    return ok;
  }

  /** A default method that is plain behaviour: property annotations on it do nothing. */
  private void checkBehaviour(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    if (Names.GENERATED_MEMBERS.contains(name) && !OBJECT_MEMBERS.contains(name)) {
      reporter.report(Diagnostic.RESERVED_METHOD, method, signature(method));
    }
    for (String annotation : PROPERTY_ANNOTATIONS) {
      annotations.find(method, annotation).ifPresent(mirror -> {
        String simple = annotation.substring(annotation.lastIndexOf('.') + 1);
        reporter.report(Diagnostic.IGNORED_ANNOTATION, method, mirror, simple, signature(method), simple);
      });
    }
  }

  /** {@code Interface.method(parameter types)}, as messages name a method. */
  static String signature(ExecutableElement method) {
    String parameters = method.getParameters().stream()
        .map(p -> p.asType().toString())
        .collect(java.util.stream.Collectors.joining(", "));
    return method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName() + "(" + parameters + ")";
  }
}
