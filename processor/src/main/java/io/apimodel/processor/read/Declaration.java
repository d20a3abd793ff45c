package io.apimodel.processor.read;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/**
 * Every declaration of one property method, most specific first, for reading merged annotations
 * and for pointing diagnostics at the right place.
 */
public record Declaration(List<ExecutableElement> methods) {

  public Declaration {
    methods = List.copyOf(methods);
  }

  /** The most specific declaration: the one the generated accessor overrides. */
  public ExecutableElement primary() {
    return methods.get(0);
  }

  /** The annotation from the most specific declaration that has it. */
  public Optional<Located> find(Annotations annotations, String qualifiedName) {
    for (ExecutableElement method : methods) {
      Optional<AnnotationMirror> mirror = annotations.find(method, qualifiedName);
      if (mirror.isPresent()) {
        return Optional.of(new Located(method, mirror.get()));
      }
    }
    return Optional.empty();
  }

  /** An annotation together with the method it is written on. */
  public record Located(ExecutableElement method, AnnotationMirror mirror) {}
}
