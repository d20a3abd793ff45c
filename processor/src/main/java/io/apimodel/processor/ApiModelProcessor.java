package io.apimodel.processor;

import com.google.auto.service.AutoService;
import io.apimodel.processor.diag.DeferModel;
import io.apimodel.processor.diag.Diagnostic;
import io.apimodel.processor.diag.Reporter;
import io.apimodel.processor.model.TypeRef;
import io.apimodel.processor.read.Annotations;
import io.apimodel.processor.read.KnownModels;
import io.apimodel.processor.read.ModelReader;
import io.apimodel.processor.read.OneOfReader;
import io.apimodel.processor.read.ReadModel;
import io.apimodel.processor.read.ReadUnion;
import io.apimodel.processor.read.SettingsReader;
import io.apimodel.processor.read.SourceScope;
import io.apimodel.processor.read.TypeReader;
import io.apimodel.processor.validate.ModelValidator;
import io.apimodel.processor.validate.UnionRules;
import io.apimodel.processor.write.ModelWriter;
import io.apimodel.processor.write.UnionWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Generates a model class for every {@code @ApiModel} interface. Per round: every annotated
 * interface is registered first (so that models can refer to each other before they exist), then
 * each goes through read, validate and write inside its own try/catch. Models that refer to types
 * that are not there yet are retried in the next round; on the last round what is still missing is
 * reported on the property that uses it.
 */
@AutoService(Processor.class)
public final class ApiModelProcessor extends AbstractProcessor {

  private final KnownModels known = new KnownModels();
  /** Interfaces (by qualified name) waiting for a type, with the generated name. */
  private final Map<String, TypeRef> deferred = new LinkedHashMap<>();
  /** {@code @OneOf} interfaces (by qualified name) waiting for a type, with the generated name. */
  private final Map<String, TypeRef> deferredUnions = new LinkedHashMap<>();
  /** Every {@code @OneOf} interface (by qualified name) seen so far, for where {@code @Variant} may be. */
  private final Set<String> unionInterfaces = new LinkedHashSet<>();

  /**
   * Debugging aid ({@code -Aapimodel.debug.failOn=TaskModel}): the pipeline throws for the
   * interface of that simple name, to show (and test) how an apimodel bug is reported.
   */
  public static final String FAIL_ON_OPTION = "apimodel.debug.failOn";

  private Reporter reporter;
  private Annotations annotations;
  private ModelNaming naming;
  private SettingsReader settings;
  private String failOn;

  /**
   * apimodel's own annotations, all of which it claims: no other processor has a use for them, and
   * a build with {@code -Xlint:all -Werror} would otherwise fail on "No processor claimed any of
   * these annotations". Jackson's annotations, which it also reads, are left to others.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Annotations.OWN;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(FAIL_ON_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotationsInRound, RoundEnvironment round) {
    if (annotationsInRound.isEmpty() && deferred.isEmpty() && deferredUnions.isEmpty() && !round.processingOver()) {
      return true; // nothing of ours in this round (the classes we wrote): no need to scan it
    }
    try {
      processRound(round);
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
      processingEnv.getMessager().printMessage(
          javax.tools.Diagnostic.Kind.ERROR, Diagnostic.INTERNAL_ERROR.format("this round", describe(e)));
    }
    return true; // every annotation in annotationsInRound is one of apimodel's own
  }

  private void processRound(RoundEnvironment round) {
    if (reporter == null) {
      reporter = new Reporter(processingEnv.getMessager(), SourceScope.sourcePredicate(processingEnv));
      annotations = new Annotations(processingEnv.getElementUtils());
      settings = new SettingsReader(processingEnv.getElementUtils(), annotations, reporter);
      naming = new ModelNaming(processingEnv.getElementUtils(), annotations, reporter, settings);
      failOn = processingEnv.getOptions().getOrDefault(FAIL_ON_OPTION, "");
    }
    Map<TypeElement, TypeRef> models = undefer(deferred);
    Map<TypeElement, TypeRef> unions = undefer(deferredUnions);
    for (Element element : annotated(round, Annotations.ONE_OF)) {
      register(element, Annotations.ONE_OF, unions);
    }
    for (Element element : annotated(round, Annotations.API_MODEL)) {
      register(element, Annotations.API_MODEL, models);
    }
    for (Element element : annotated(round, Annotations.VARIANT)) {
      checkVariantPlace(element);
    }
    for (Map.Entry<TypeElement, TypeRef> model : models.entrySet()) {
      process(model.getKey(), model.getValue(), round.processingOver(), false);
    }
    for (Map.Entry<TypeElement, TypeRef> union : unions.entrySet()) {
      process(union.getKey(), union.getValue(), round.processingOver(), true);
    }
  }

  /** The interfaces waiting in {@code waiting}, taken out of it. */
  private Map<TypeElement, TypeRef> undefer(Map<String, TypeRef> waiting) {
    Map<TypeElement, TypeRef> out = new LinkedHashMap<>();
    for (Map.Entry<String, TypeRef> e : waiting.entrySet()) {
      TypeElement element = processingEnv.getElementUtils().getTypeElement(e.getKey());
      if (element != null) {
        out.put(element, e.getValue());
      }
    }
    waiting.clear();
    return out;
  }

  private Set<Element> annotated(RoundEnvironment round, String annotation) {
    TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
    return type == null ? Set.of() : new LinkedHashSet<>(round.getElementsAnnotatedWith(type));
  }

  /**
   * {@code @Variant} belongs on the variant methods of a {@code @OneOf} interface, declared there or
   * in an interface it extends. (On a method of an {@code @ApiModel} interface it is one of that
   * model's errors, reported with them.)
   */
  private void checkVariantPlace(Element element) {
    Element owner = element.getEnclosingElement();
    boolean model = owner.getKind() == ElementKind.INTERFACE && annotations.find(owner, Annotations.API_MODEL).isPresent();
    if (model || annotations.find(owner, Annotations.ONE_OF).isPresent() || extendedByAUnion(owner)) {
      return;
    }
    reporter.startModel(owner);
    try {
      reporter.report(Diagnostic.VARIANT_OUTSIDE_UNION, element, annotations.find(element, Annotations.VARIANT).orElse(null),
          owner.getSimpleName() + "." + element.getSimpleName() + "()");
    } finally {
      reporter.finishModel();
    }
  }

  /** Whether a {@code @OneOf} interface of this build extends {@code owner}. */
  private boolean extendedByAUnion(Element owner) {
    javax.lang.model.util.Types types = processingEnv.getTypeUtils();
    for (String name : unionInterfaces) {
      TypeElement union = processingEnv.getElementUtils().getTypeElement(name);
      if (union != null && !union.equals(owner)
          && types.isSubtype(types.erasure(union.asType()), types.erasure(owner.asType()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks where {@code @ApiModel} or {@code @OneOf} sits and what it generates, and remembers the
   * class.
   */
  private void register(Element element, String annotation, Map<TypeElement, TypeRef> classes) {
    boolean union = annotation.equals(Annotations.ONE_OF);
    if (union) {
      if (element instanceof TypeElement type) {
        unionInterfaces.add(type.getQualifiedName().toString());
      }
      reporter.startUnion(element);
    } else {
      reporter.startModel(element);
    }
    try {
      if (!union && annotations.find(element, Annotations.ONE_OF).isPresent()) {
        return; // reported as a union
      }
      if (union && annotations.find(element, Annotations.API_MODEL).isPresent()) {
        reporter.report(Diagnostic.UNION_AND_MODEL, element, element.getSimpleName());
        return;
      }
      TypeRef generated = naming.generatedName(element, annotation);
      if (generated == null) {
        return;
      }
      if (union) {
        known.addUnion(generated);
      } else {
        known.add(generated);
      }
      classes.put((TypeElement) element, generated);
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
      reportBug(element, e);
    } finally {
      reporter.finishModel();
    }
  }

  private void process(TypeElement type, TypeRef generated, boolean lastRound, boolean union) {
    if (union) {
      reporter.startUnion(type);
    } else {
      reporter.startModel(type);
    }
    try {
      if (type.getSimpleName().contentEquals(failOn)) {
        throw new IllegalStateException(FAIL_ON_OPTION + "=" + failOn + " (a deliberate failure)");
      }
      TypeReader typeReader =
          new TypeReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), annotations, known, settings);
      String source = union ? union(type, generated, lastRound, typeReader) : model(type, generated, lastRound, typeReader);
      if (source == null) {
        return;
      }
      try (Writer out = processingEnv.getFiler().createSourceFile(generated.canonicalName(), type).openWriter()) {
        out.write(source);
      }
    } catch (DeferModel e) {
      reporter.discardModel();
      (union ? deferredUnions : deferred).put(type.getQualifiedName().toString(), generated);
    } catch (IOException e) {
      reporter.report(Diagnostic.WRITE_FAILED, type, generated.canonicalName(), type.getSimpleName(), e.getMessage());
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
      reportBug(type, e);
    } finally {
      reporter.finishModel();
    }
  }

  /** The source of a model class, or null after reporting its errors. */
  private String model(TypeElement type, TypeRef generated, boolean lastRound, TypeReader typeReader) {
    ModelReader reader = new ModelReader(processingEnv, annotations, typeReader, known, reporter, settings);
    ReadModel model = reader.read(type, generated, lastRound);
    new ModelValidator(processingEnv.getElementUtils(), annotations, reporter).validate(model);
    return reporter.hasErrors() ? null : new ModelWriter(model.spec()).write();
  }

  /** The source of a union class, or null after reporting its errors. */
  private String union(TypeElement type, TypeRef generated, boolean lastRound, TypeReader typeReader) {
    ReadUnion union = new OneOfReader(processingEnv, annotations, typeReader, known, reporter).read(type, generated, lastRound);
    new UnionRules(annotations, reporter).check(union);
    return reporter.hasErrors() ? null : new UnionWriter(union.spec()).write();
  }

  private void reportBug(Element element, Throwable e) {
    reporter.report(Diagnostic.INTERNAL_ERROR, element, element.getSimpleName(), describe(e));
  }

  /** The exception and where it was thrown, on one line: never a stack trace. */
  private static String describe(Throwable e) {
    return e.getStackTrace().length > 0 ? e + " at " + e.getStackTrace()[0] : e.toString();
  }
}
