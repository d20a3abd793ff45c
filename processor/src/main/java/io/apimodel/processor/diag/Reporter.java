package io.apimodel.processor.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Prints diagnostics at the most specific position given and counts the errors of the model being
 * processed, so that a model with errors is not written. A model's diagnostics are held until the
 * model is finished, so that a model put off to the next round does not report them twice.
 *
 * <p>A diagnostic on an element outside the model's interface (an inherited method, an enum the
 * model uses) names the model, so that the user knows which model it is about; when that element
 * has no source in this compilation (it comes from a class file), the diagnostic is moved to the
 * model's interface, the one position the user can see.
 */
public final class Reporter {

  private record Pending(
      Diagnostic diagnostic, Element element, AnnotationMirror annotation, AnnotationValue value, String text) {}

  private final Messager messager;
  private final Predicate<Element> hasSource;
  private final List<Pending> pending = new ArrayList<>();
  private Element model;
  /** How messages about elements outside the model's interface name it: {@code @ApiModel} or {@code @OneOf}. */
  private String modelAnnotation;
  private int errors;

  /**
   * @param hasSource whether an element has a position in the sources being compiled
   */
  public Reporter(Messager messager, Predicate<Element> hasSource) {
    this.messager = messager;
    this.hasSource = hasSource;
  }

  /** Starts collecting for the model declared by {@code element}. */
  public void startModel(Element element) {
    start(element, "@ApiModel");
  }

  /** Starts collecting for the union ({@code @OneOf}) declared by {@code element}. */
  public void startUnion(Element element) {
    start(element, "@OneOf");
  }

  private void start(Element element, String annotation) {
    pending.clear();
    errors = 0;
    model = element;
    modelAnnotation = annotation;
  }

  /** Prints what the current model reported. */
  public void finishModel() {
    for (Pending p : pending) {
      messager.printMessage(p.diagnostic().kind(), p.text(), p.element(), p.annotation(), p.value());
    }
    pending.clear();
    model = null;
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
    String text = diagnostic.format(args);
    if (model != null && !within(element, model)) {
      text += " (in " + modelAnnotation + " interface " + qualifiedName(model) + ")";
      if (!hasSource.test(element)) {
        text += " (declared in " + element.getEnclosingElement() + ", a compiled class)";
        element = model;
        annotation = null;
        value = null;
      }
    }
    pending.add(new Pending(diagnostic, element, annotation, value, text));
  }

  private static boolean within(Element element, Element container) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      if (e.equals(container)) {
        return true;
      }
    }
    return false;
  }

  private static String qualifiedName(Element element) {
    return element instanceof TypeElement type ? type.getQualifiedName().toString() : element.toString();
  }
}
