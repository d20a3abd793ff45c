package io.apimodel.processor;

import com.google.auto.service.AutoService;
import io.apimodel.processor.diag.DeferModel;
import io.apimodel.processor.diag.Diagnostic;
import io.apimodel.processor.diag.Reporter;
import io.apimodel.processor.model.TypeRef;
import io.apimodel.processor.read.Annotations;
import io.apimodel.processor.read.KnownModels;
import io.apimodel.processor.read.ModelReader;
import io.apimodel.processor.read.ReadModel;
import io.apimodel.processor.read.SettingsReader;
import io.apimodel.processor.read.SourceScope;
import io.apimodel.processor.read.TypeReader;
import io.apimodel.processor.validate.ModelValidator;
import io.apimodel.processor.write.ModelWriter;
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
    if (annotationsInRound.isEmpty() && deferred.isEmpty() && !round.processingOver()) {
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
    Map<TypeElement, TypeRef> models = new LinkedHashMap<>();
    for (String name : deferred.keySet()) {
      TypeElement element = processingEnv.getElementUtils().getTypeElement(name);
      if (element != null) {
        models.put(element, deferred.get(name));
      }
    }
    deferred.clear();
    TypeElement apiModel = processingEnv.getElementUtils().getTypeElement(Annotations.API_MODEL);
    if (apiModel != null) {
      Set<Element> annotated = new LinkedHashSet<>(round.getElementsAnnotatedWith(apiModel));
      for (Element element : annotated) {
        register(element, models);
      }
    }
    for (Map.Entry<TypeElement, TypeRef> model : models.entrySet()) {
      process(model.getKey(), model.getValue(), round.processingOver());
    }
  }

  /** Checks where {@code @ApiModel} sits and what it generates, and remembers the class. */
  private void register(Element element, Map<TypeElement, TypeRef> models) {
    reporter.startModel(element);
    try {
      TypeRef generated = naming.generatedName(element);
      if (generated == null) {
        return;
      }
      known.add(generated);
      models.put((TypeElement) element, generated);
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
      reportBug(element, e);
    } finally {
      reporter.finishModel();
    }
  }

  private void process(TypeElement type, TypeRef generated, boolean lastRound) {
    reporter.startModel(type);
    try {
      if (type.getSimpleName().contentEquals(failOn)) {
        throw new IllegalStateException(FAIL_ON_OPTION + "=" + failOn + " (a deliberate failure)");
      }
      TypeReader typeReader =
          new TypeReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), annotations, known, settings);
      ModelReader reader =
          new ModelReader(processingEnv, annotations, typeReader, known, reporter, settings);
      ReadModel model = reader.read(type, generated, lastRound);
      new ModelValidator(processingEnv.getElementUtils(), annotations, reporter).validate(model);
      if (reporter.hasErrors()) {
        return;
      }
      String source = new ModelWriter(model.spec()).write();
      try (Writer out = processingEnv.getFiler().createSourceFile(generated.canonicalName(), type).openWriter()) {
        out.write(source);
      }
    } catch (DeferModel e) {
      reporter.discardModel();
      deferred.put(type.getQualifiedName().toString(), generated);
    } catch (IOException e) {
      reporter.report(Diagnostic.WRITE_FAILED, type, generated.canonicalName(), type.getSimpleName(), e.getMessage());
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
      reportBug(type, e);
    } finally {
      reporter.finishModel();
    }
  }

  private void reportBug(Element element, Throwable e) {
    reporter.report(Diagnostic.INTERNAL_ERROR, element, element.getSimpleName(), describe(e));
  }

  /** The exception and where it was thrown, on one line: never a stack trace. */
  private static String describe(Throwable e) {
    return e.getStackTrace().length > 0 ? e + " at " + e.getStackTrace()[0] : e.toString();
  }
}
