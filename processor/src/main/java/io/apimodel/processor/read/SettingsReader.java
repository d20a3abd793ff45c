package io.apimodel.processor.read;

import io.apimodel.JsonNames;
import io.apimodel.processor.diag.Diagnostic;
import io.apimodel.processor.diag.Reporter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;

/**
 * Reads the settings of models: {@code @ApiModel(dictKeys, jsonNames)} where written, else
 * Jackson's {@code @JsonNaming} on the interface, else the nearest package's
 * {@code @ApiModelDefaults}, else the defaults. A package's settings are read (and their problems
 * reported) once.
 */
public final class SettingsReader {

  private final Elements elements;
  private final Annotations annotations;
  private final Reporter reporter;
  /** Package name to the settings of the nearest {@code @ApiModelDefaults} at or above it. */
  private final Map<String, ModelSettings> packages = new HashMap<>();

  public SettingsReader(Elements elements, Annotations annotations, Reporter reporter) {
    this.elements = elements;
    this.annotations = annotations;
    this.reporter = reporter;
  }

  /** The suffix of generated class names for a model interface: its package's setting. */
  public String suffix(TypeElement type) {
    return ofPackage(elements.getPackageOf(type)).suffix();
  }

  /**
   * The settings of a model; conflicts (two JSON naming settings) and unsupported
   * {@code @JsonNaming} strategies are reported on the model, which then keeps its package's.
   */
  public ModelSettings of(TypeElement type) {
    ModelSettings defaults = ofPackage(elements.getPackageOf(type));
    AnnotationMirror apiModel = annotations.find(type, Annotations.API_MODEL).orElseThrow();
    boolean snake = defaults.snakeCaseDictKeys();
    if (annotations.explicitValue(apiModel, "dictKeys") != null) {
      snake = annotations.enumConstant(apiModel, "dictKeys").equals("SNAKE_CASE");
    }
    JsonNames jsonNames = defaults.jsonNames();
    AnnotationValue explicitNames = annotations.explicitValue(apiModel, "jsonNames");
    Optional<AnnotationMirror> jsonNaming = annotations.find(type, Annotations.JSON_NAMING);
    if (explicitNames != null && jsonNaming.isPresent()) {
      reporter.report(Diagnostic.JSON_NAMING_TWICE, type, jsonNaming.get(), type.getSimpleName());
    } else if (explicitNames != null) {
      jsonNames = JsonNames.valueOf(annotations.enumConstant(apiModel, "jsonNames"));
    } else if (jsonNaming.isPresent()) {
      JsonNames style = jacksonStyle(jsonNaming.get());
      if (style == null) {
        reporter.report(Diagnostic.JSON_NAMING_UNSUPPORTED, type, jsonNaming.get(), strategyName(jsonNaming.get()));
      } else {
        jsonNames = style;
      }
    }
    return new ModelSettings(defaults.suffix(), snake, jsonNames);
  }

  private JsonNames jacksonStyle(AnnotationMirror jsonNaming) {
    Object value = annotations.value(jsonNaming, "value").getValue();
    if (!(value instanceof DeclaredType strategy)) {
      return null;
    }
    return JsonNameStyle.ofJacksonStrategy(
        elements.getBinaryName((TypeElement) strategy.asElement()).toString());
  }

  private String strategyName(AnnotationMirror jsonNaming) {
    return String.valueOf(annotations.value(jsonNaming, "value").getValue());
  }

  private ModelSettings ofPackage(PackageElement pkg) {
    String name = pkg.getQualifiedName().toString();
    ModelSettings known = packages.get(name);
    if (known != null) {
      return known;
    }
    ModelSettings settings;
    Optional<AnnotationMirror> defaults = annotations.find(pkg, Annotations.API_MODEL_DEFAULTS);
    if (defaults.isPresent()) {
      settings = read(pkg, defaults.get());
    } else {
      int dot = name.lastIndexOf('.');
      PackageElement parent = dot < 0 ? null : elements.getPackageElement(name.substring(0, dot));
      settings = parent != null ? ofPackage(parent) : parentOf(name);
    }
    packages.put(name, settings);
    return settings;
  }

  /** The settings above a package whose parent package is not known to javac (no classes in it). */
  private ModelSettings parentOf(String name) {
    for (int dot = name.lastIndexOf('.'); dot > 0; dot = name.lastIndexOf('.', dot - 1)) {
      PackageElement ancestor = elements.getPackageElement(name.substring(0, dot));
      if (ancestor != null) {
        return ofPackage(ancestor);
      }
    }
    return ModelSettings.DEFAULT;
  }

  private ModelSettings read(Element pkg, AnnotationMirror defaults) {
    String suffix = annotations.string(defaults, "suffix");
    if (suffix.isEmpty() || !SourceVersion.isIdentifier("X" + suffix)) {
      reporter.report(Diagnostic.BAD_SUFFIX, pkg, defaults, annotations.explicitValue(defaults, "suffix"), suffix);
      suffix = ModelSettings.DEFAULT.suffix();
    }
    boolean snake = annotations.enumConstant(defaults, "dictKeys").equals("SNAKE_CASE");
    JsonNames jsonNames = JsonNames.valueOf(annotations.enumConstant(defaults, "jsonNames"));
    return new ModelSettings(suffix, snake, jsonNames);
  }
}
