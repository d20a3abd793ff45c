package io.apimodel.processor;

import io.apimodel.processor.diag.Diagnostic;
import io.apimodel.processor.diag.Reporter;
import io.apimodel.processor.model.TypeRef;
import io.apimodel.processor.read.Annotations;
import io.apimodel.processor.read.TypeReader;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Checks the element {@code @ApiModel} is on and works out the name of the class it generates. */
final class ModelNaming {

  private static final String SUFFIX = "Model";
  private static final String PROCESSOR = ApiModelProcessor.class.getName();

  private final Elements elements;
  private final Annotations annotations;
  private final Reporter reporter;

  ModelNaming(Elements elements, Annotations annotations, Reporter reporter) {
    this.elements = elements;
    this.annotations = annotations;
    this.reporter = reporter;
  }

  /** The generated class, or null after reporting why there is none. */
  TypeRef generatedName(Element element) {
    if (element.getKind() != ElementKind.INTERFACE) {
      reporter.report(Diagnostic.NOT_AN_INTERFACE, element, element.getSimpleName(), describe(element.getKind()));
      return null;
    }
    TypeElement type = (TypeElement) element;
    boolean ok = true;
    if (!type.getTypeParameters().isEmpty()) {
      reporter.report(Diagnostic.GENERIC_MODEL, type, type.getSimpleName());
      ok = false;
    }
    if (type.getModifiers().contains(Modifier.PRIVATE)) {
      reporter.report(Diagnostic.PRIVATE_MODEL, type, type.getSimpleName());
      ok = false;
    }
    AnnotationMirror mirror = annotations.find(type, Annotations.API_MODEL).orElseThrow();
    String name = annotations.string(mirror, "name");
    String simple = type.getSimpleName().toString();
    if (name.isEmpty()) {
      if (!simple.endsWith(SUFFIX) || simple.length() == SUFFIX.length()) {
        reporter.report(Diagnostic.NO_MODEL_SUFFIX, type, mirror, simple, simple);
        return null;
      }
      name = simple.substring(0, simple.length() - SUFFIX.length());
    } else if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name)) {
      reporter.report(Diagnostic.BAD_CLASS_NAME, type, mirror, annotations.explicitValue(mirror, "name"), name);
      return null;
    }
    TypeRef generated = TypeRef.of(TypeReader.typeRef(type).packageName(), name);
    TypeElement existing = elements.getTypeElement(generated.canonicalName());
    if (existing != null && !isGeneratedBy(existing)) {
      reporter.report(Diagnostic.CLASS_EXISTS, type, mirror, simple, generated.canonicalName());
      return null;
    }
    return ok ? generated : null;
  }

  /** A class this processor wrote in an earlier round is not a clash. */
  private boolean isGeneratedBy(TypeElement existing) {
    return annotations.find(existing, "javax.annotation.processing.Generated")
        .map(generated -> annotations.strings(generated, "value").contains(PROCESSOR))
        .orElse(false);
  }

  private static String describe(ElementKind kind) {
    return switch (kind) {
      case CLASS -> "a class";
      case ENUM -> "an enum";
      case RECORD -> "a record";
      case ANNOTATION_TYPE -> "an annotation type";
      default -> "a " + kind.name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
