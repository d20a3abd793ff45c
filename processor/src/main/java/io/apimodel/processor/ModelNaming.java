package io.apimodel.processor;

import io.apimodel.processor.diag.Diagnostic;
import io.apimodel.processor.diag.Reporter;
import io.apimodel.processor.model.TypeRef;
import io.apimodel.processor.read.Annotations;
import io.apimodel.processor.read.SettingsReader;
import io.apimodel.processor.read.TypeReader;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Checks the element {@code @ApiModel} is on and works out the name of the class it generates. */
final class ModelNaming {

  private static final String PROCESSOR = ApiModelProcessor.class.getName();

  private final Elements elements;
  private final Annotations annotations;
  private final Reporter reporter;
  private final SettingsReader settings;
  /** Generated class (canonical name) to the interface that claimed it, across rounds. */
  private final Map<String, String> claimed = new LinkedHashMap<>();
  /** Generated class (canonical name) to the annotation that asked for it ({@code @ApiModel}, {@code @OneOf}). */
  private final Map<String, String> claimedBy = new LinkedHashMap<>();

  ModelNaming(Elements elements, Annotations annotations, Reporter reporter, SettingsReader settings) {
    this.elements = elements;
    this.annotations = annotations;
    this.reporter = reporter;
    this.settings = settings;
  }

  /**
   * The generated class, or null after reporting why there is none. The first interface to claim
   * a class name keeps it; a later one that would generate the same class gets the error.
   *
   * @param annotation {@link Annotations#API_MODEL} or {@link Annotations#ONE_OF}: the annotation
   *     that asks for the class
   */
  TypeRef generatedName(Element element, String annotation) {
    String label = "@" + annotation.substring(annotation.lastIndexOf('.') + 1);
    if (element.getKind() != ElementKind.INTERFACE) {
      reporter.report(Diagnostic.NOT_AN_INTERFACE, element, label, element.getSimpleName(), describe(element.getKind()));
      return null;
    }
    TypeElement type = (TypeElement) element;
    boolean ok = checkDeclaration(type, label);
    AnnotationMirror mirror = annotations.find(type, annotation).orElseThrow();
    String name = annotations.string(mirror, "name");
    String simple = type.getSimpleName().toString();
    if (name.isEmpty()) {
      String suffix = settings.suffix(type);
      if (!simple.endsWith(suffix) || simple.length() == suffix.length()) {
        reporter.report(Diagnostic.NO_MODEL_SUFFIX, type, mirror, label, simple, suffix, simple, suffix, label);
        return null;
      }
      name = simple.substring(0, simple.length() - suffix.length());
    } else if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name)) {
      reporter.report(Diagnostic.BAD_CLASS_NAME, type, mirror, annotations.explicitValue(mirror, "name"), label, name);
      return null;
    }
    TypeRef generated = TypeRef.of(TypeReader.typeRef(type).packageName(), name);
    AnnotationValue nameValue = annotations.explicitValue(mirror, "name");
    TypeElement existing = elements.getTypeElement(generated.canonicalName());
    if (existing != null && !isGeneratedBy(existing)) {
      reporter.report(Diagnostic.CLASS_EXISTS, type, mirror, nameValue, label, simple, generated.canonicalName(), label);
      return null;
    }
    String qualified = type.getQualifiedName().toString();
    String previous = claimed.putIfAbsent(generated.canonicalName(), qualified);
    String previousLabel = claimedBy.putIfAbsent(generated.canonicalName(), label);
    if (previous != null && !previous.equals(qualified)) {
      String labels = previousLabel.equals(label) ? label : previousLabel + " and " + label; // "@OneOf and @ApiModel"
      reporter.report(Diagnostic.DUPLICATE_CLASS, type, mirror, nameValue, labels, previous, qualified,
          generated.canonicalName(), label);
      return null;
    }
    return ok ? generated : null;
  }

  /** Generic, private, nested in a private type, sealed: all reported; true if none applies. */
  private boolean checkDeclaration(TypeElement type, String label) {
    boolean ok = true;
    if (!type.getTypeParameters().isEmpty()) {
      reporter.report(Diagnostic.GENERIC_MODEL, type, label, type.getSimpleName());
      ok = false;
    }
    if (type.getModifiers().contains(Modifier.PRIVATE)) {
      reporter.report(Diagnostic.PRIVATE_MODEL, type, label, type.getSimpleName());
      ok = false;
    }
    for (Element outer = type.getEnclosingElement(); outer instanceof TypeElement t; outer = t.getEnclosingElement()) {
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        reporter.report(Diagnostic.HIDDEN_MODEL, type, label, type.getSimpleName(), t.getSimpleName(), t.getSimpleName());
        ok = false;
        break;
      }
    }
    if (type.getModifiers().contains(Modifier.SEALED)) {
      reporter.report(Diagnostic.SEALED_MODEL, type, label, type.getSimpleName());
      ok = false;
    }
    return ok;
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
