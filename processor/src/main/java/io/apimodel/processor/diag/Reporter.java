package io.apimodel.processor.diag;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Prints diagnostics at the most specific position given and counts the errors of the model being
 * processed, so that a model with errors is not written. A model's diagnostics are held until the
 * model is finished, so that a model put off to the next round does not report them twice.
 */
public final class Reporter {

  private record Pending(
      Diagnostic diagnostic, Element element, AnnotationMirror annotation, AnnotationValue value, String text) {}

  private final Messager messager;
  private final List<Pending> pending = new ArrayList<>();
  private int errors;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  /** Starts collecting for a new model. */
  public void startModel() {
    pending.clear();
    errors = 0;
  }

  /** Prints what the current model reported. */
  public void finishModel() {
    for (Pending p : pending) {
      messager.printMessage(p.diagnostic().kind(), p.text(), p.element(), p.annotation(), p.value());
    }
    pending.clear();
  }

  /** Forgets what the current model reported: it will be read again in a later round. */
  public void discardModel() {
    pending.clear();
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
    pending.add(new Pending(diagnostic, element, annotation, value, diagnostic.format(args)));
  }
}
