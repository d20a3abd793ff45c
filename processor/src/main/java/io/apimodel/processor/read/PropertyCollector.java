package io.apimodel.processor.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Finds the methods of an interface and its super-interfaces, grouped by name: super-interfaces
 * first (in the order they are listed), then the interface's own methods in declaration order. A
 * method redeclared lower down keeps its first position.
 */
public final class PropertyCollector {

  /**
   * What every generated class implements anyway: an interface may extend it (so that code holding
   * the interface type can call {@code toDict()}), and its methods are not properties.
   */
  static final String API_OBJECT = "io.apimodel.runtime.ApiObject";

  private final Elements elements;

  public PropertyCollector(Elements elements) {
    this.elements = elements;
  }

  /** Methods without parameters, grouped by name in property order; each group most specific first. */
  public Map<String, List<ExecutableElement>> collect(TypeElement model) {
    Map<String, List<ExecutableElement>> byName = new LinkedHashMap<>();
    visit(model, byName, new HashSet<>());
    byName.replaceAll((name, methods) -> mostSpecificFirst(model, methods));
    return byName;
  }

  /** Abstract methods that take parameters (they cannot be properties), in declaration order. */
  public List<ExecutableElement> abstractWithParameters(TypeElement model) {
    List<ExecutableElement> result = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(model))) {
      if (method.getModifiers().contains(Modifier.ABSTRACT)
          && !method.getParameters().isEmpty()
          && !isObjectMethod(method)
          && !isApiObject((TypeElement) method.getEnclosingElement())) {
        result.add(method);
      }
    }
    return result;
  }

  private void visit(
      TypeElement type, Map<String, List<ExecutableElement>> byName, Set<String> visited) {
    if (!visited.add(type.getQualifiedName().toString()) || isApiObject(type)) {
      return;
    }
    for (TypeMirror parent : type.getInterfaces()) {
      if (parent.getKind() == TypeKind.DECLARED) {
        visit((TypeElement) ((DeclaredType) parent).asElement(), byName, visited);
      }
    }
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (method.getParameters().isEmpty()
          && !method.getModifiers().contains(Modifier.STATIC)
          && !method.getModifiers().contains(Modifier.PRIVATE)) {
        byName.computeIfAbsent(method.getSimpleName().toString(), k -> new ArrayList<>()).add(method);
      }
    }
  }

  private static boolean isApiObject(TypeElement type) {
    return type.getQualifiedName().contentEquals(API_OBJECT);
  }

  /** Orders declarations so that one that overrides another comes before it. */
  private List<ExecutableElement> mostSpecificFirst(TypeElement model, List<ExecutableElement> methods) {
    List<ExecutableElement> ordered = new ArrayList<>(methods);
    java.util.Collections.reverse(ordered);
    ordered.sort(
        (a, b) -> {
          if (a != b && elements.overrides(a, b, model)) {
            return -1;
          }
          if (a != b && elements.overrides(b, a, model)) {
            return 1;
          }
          return 0;
        });
    return ordered;
  }

  private boolean isObjectMethod(ExecutableElement method) {
    TypeElement object = elements.getTypeElement("java.lang.Object");
    for (ExecutableElement candidate : ElementFilter.methodsIn(object.getEnclosedElements())) {
      if (candidate.getSimpleName().equals(method.getSimpleName())
          && candidate.getParameters().size() == method.getParameters().size()
          && method.getEnclosingElement().equals(object)) {
        return true;
      }
    }
    return method.getSimpleName().contentEquals("equals") && method.getParameters().size() == 1;
  }
}
