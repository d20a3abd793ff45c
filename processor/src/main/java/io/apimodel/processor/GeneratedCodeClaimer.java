package io.apimodel.processor;

import com.google.auto.service.AutoService;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Claims the annotations that {@link ApiModelProcessor} writes into the classes it generates
 * ({@code @Generated} and Jackson's), in a round where every element carrying them is inside such a
 * class, so that a build with {@code -Xlint:all -Werror} is not failed by "No processor claimed any
 * of these annotations" for code the user did not write. In any other round it claims nothing and
 * other processors see those annotations as usual. It reads nothing else and generates nothing.
 *
 * <p>A processor of its own because a processor claims either every annotation of a round or none:
 * {@link ApiModelProcessor} always claims apimodel's annotations, this one only where it may.
 */
@AutoService(Processor.class)
public final class GeneratedCodeClaimer extends AbstractProcessor {

  /** What generated classes carry, besides annotations of java.lang that javac never reports. */
  static final Set<String> WRITTEN =
      Set.of(
          "javax.annotation.processing.Generated",
          "com.fasterxml.jackson.annotation.JsonCreator",
          "com.fasterxml.jackson.annotation.JsonValue",
          "com.fasterxml.jackson.databind.annotation.JsonSerialize",
          "com.fasterxml.jackson.databind.annotation.JsonDeserialize",
          "tools.jackson.databind.annotation.JsonSerialize",
          "tools.jackson.databind.annotation.JsonDeserialize");

  private static final String PROCESSOR = ApiModelProcessor.class.getName();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return WRITTEN;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (annotations.isEmpty()) {
      return false;
    }
    Set<Element> checked = new HashSet<>();
    for (Element element : round.getElementsAnnotatedWithAny(annotations.toArray(new TypeElement[0]))) {
      Element type = outermostType(element);
      if (checked.add(type) && !generatedByApimodel(type)) {
        return false;
      }
    }
    return true;
  }

  private static Element outermostType(Element element) {
    Element type = element;
    for (Element e = element; e != null && e.getKind() != ElementKind.PACKAGE && e.getKind() != ElementKind.MODULE;
        e = e.getEnclosingElement()) {
      type = e;
    }
    return type;
  }

  /** Whether the type is annotated {@code @Generated("io.apimodel.processor.ApiModelProcessor")}. */
  private static boolean generatedByApimodel(Element type) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
          .contentEquals("javax.annotation.processing.Generated")) {
        for (var entry : mirror.getElementValues().entrySet()) {
          if (entry.getKey().getSimpleName().contentEquals("value") && names(entry.getValue()).equals(PROCESSOR)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** {@code @Generated}'s value is a String[]; apimodel writes exactly one. */
  private static String names(AnnotationValue value) {
    Object v = value.getValue();
    if (v instanceof java.util.List<?> list && list.size() == 1 && list.get(0) instanceof AnnotationValue one) {
      return String.valueOf(one.getValue());
    }
    return String.valueOf(v);
  }
}
