package io.apimodel.processor.diag;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Prints diagnostics at the most specific position given and counts the errors of the model being
 * processed, so that a model with errors is not written.
 */
public final class Reporter {

  private final Messager messager;
  private int errors;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  /** Starts counting for a new model. */
  public void startModel() {
    errors = 0;
  }

  /** Whether the current model has had an error. */
  public boolean hasErrors() {
    return errors > 0;
  }

  public void report(Diagnostic diagnostic, Element element, Object... args) {
    report(diagnostic, element, null, null, args);
  }

  public void report(
      Diagnostic diagnostic, Element element, AnnotationMirror annotation, Object... args) {
    report(diagnostic, element, annotation, null, args);
  }

  /** Reports on the annotation value if given, else the annotation, else the element. */
  public void report(
      Diagnostic diagnostic,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Object... args) {
    if (diagnostic.kind() == javax.tools.Diagnostic.Kind.ERROR) {
      errors++;
    }
    messager.printMessage(diagnostic.kind(), diagnostic.format(args), element, annotation, value);
  }
}
