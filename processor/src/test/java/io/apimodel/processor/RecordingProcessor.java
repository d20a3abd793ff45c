package io.apimodel.processor;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Runs {@link ApiModelProcessor} behind a ProcessingEnvironment whose Filer (a {@link Proxy}) records
 * the originating elements of every file it is asked to create, and records what process() returns.
 * It sees the files a failed compilation would have written, which compile-testing does not show.
 */
final class RecordingProcessor implements Processor {
  final ApiModelProcessor delegate = new ApiModelProcessor();
  /** File name to the qualified names of its originating elements. */
  final Map<String, List<String>> origins = new LinkedHashMap<>();
  final List<List<Element>> elements = new ArrayList<>();
  final List<Boolean> results = new ArrayList<>();

  @Override
  public void init(ProcessingEnvironment env) {
    Filer filer = env.getFiler();
    Filer recordingFiler = (Filer) Proxy.newProxyInstance(
        Filer.class.getClassLoader(), new Class<?>[] {Filer.class}, (proxy, method, args) -> {
          if (method.getName().startsWith("create")) {
            record(method.getName(), args);
          }
          return invoke(method, filer, args);
        });
    delegate.init((ProcessingEnvironment) Proxy.newProxyInstance(
        ProcessingEnvironment.class.getClassLoader(), new Class<?>[] {ProcessingEnvironment.class},
        (proxy, method, args) -> method.getName().equals("getFiler") ? recordingFiler : invoke(method, env, args)));
  }

  /** Every create method ends with (..., name, Element... originatingElements). */
  private void record(String kind, Object[] args) {
    String name = String.valueOf(args[args.length - 2]);
    Element[] given = (Element[]) args[args.length - 1];
    List<String> names = new ArrayList<>();
    for (Element element : given) {
      names.add(element instanceof TypeElement t ? t.getQualifiedName().toString() : element.toString());
    }
    // Only source files are expected; anything else shows up under its kind and fails the test.
    origins.put(kind.equals("createSourceFile") ? name : kind + ":" + name, names);
    elements.add(List.of(given));
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    boolean result = delegate.process(annotations, round);
    results.add(result);
    return result;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }
}
