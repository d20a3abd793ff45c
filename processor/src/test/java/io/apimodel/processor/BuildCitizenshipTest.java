package io.apimodel.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import javax.annotation.processing.Processor;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** STYLE.md "Build citizenship". */
class BuildCitizenshipTest {

  private static final String PROCESSOR = "io.apimodel.processor.ApiModelProcessor";

  @Test
  void gradleIncrementalDescriptorDeclaresTheProcessorIsolating() throws IOException {
    String path = "META-INF/gradle/incremental.annotation.processors";
    try (InputStream in = ApiModelProcessor.class.getClassLoader().getResourceAsStream(path)) {
      assertNotNull(in, path + " is missing from the processor's resources");
      List<String> lines =
          new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
      assertEquals(List.of(PROCESSOR + ",isolating"), lines);
    }
    assertEquals(PROCESSOR, ApiModelProcessor.class.getName());
  }

  @Test
  void registeredAsAServiceForJavac() {
    List<String> found = new ArrayList<>();
    ServiceLoader.load(Processor.class, ApiModelProcessor.class.getClassLoader())
        .stream().forEach(p -> found.add(p.type().getName()));
    assertTrue(found.contains(PROCESSOR), found.toString());
  }

  @Test
  void supportsTheLatestSourceVersionAndOnlyItsAnnotation() {
    ApiModelProcessor processor = new ApiModelProcessor();
    assertEquals(SourceVersion.latestSupported(), processor.getSupportedSourceVersion());
    assertEquals(Set.of("io.apimodel.ApiModel"), processor.getSupportedAnnotationTypes());
  }

  /** Every -A option the processor reads is declared (README "Options"). */
  @Test
  void declaresItsOptions() {
    assertEquals(Set.of("apimodel.debug.failOn"), new ApiModelProcessor().getSupportedOptions());
  }

  @Test
  void generatedAnnotationNamesTheProcessorWithoutADate() {
    Compilation compilation = Models.compile("good/cycle/a/OrderModel.java", "good/cycle/b/CustomerModel.java");
    assertThat(compilation).succeeded();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String source = content(file);
      List<String> generatedLines = source.lines().filter(l -> l.contains("@Generated")).toList();
      assertEquals(List.of("@Generated(\"" + PROCESSOR + "\")"), generatedLines, file.getName());
      assertTrue(source.contains("import javax.annotation.processing.Generated;"), file.getName());
    }
  }

  /**
   * Each generated file names exactly one originating element, the {@code @ApiModel} interface;
   * and process() never claims the annotation (see {@link RecordingProcessor}).
   */
  @Test
  void everyGeneratedFileHasExactlyTheModelInterfaceAsOriginatingElement() {
    RecordingProcessor recording = new RecordingProcessor();
    Compilation compilation =
        javac().withProcessors(recording)
            .compile(Models.sources(
                "good/cycle/a/OrderModel.java", "good/cycle/b/CustomerModel.java",
                "good/discovery/Named.java", "good/discovery/AuditedModel.java", "good/discovery/TaskModel.java"));
    assertThat(compilation).succeeded();

    assertEquals(
        Map.of("cycle.a.Order", List.of("cycle.a.OrderModel"),
            "cycle.b.Customer", List.of("cycle.b.CustomerModel"),
            "discovery.Audited", List.of("discovery.AuditedModel"),
            "discovery.Task", List.of("discovery.TaskModel")),
        recording.origins);
    for (List<Element> elements : recording.elements) {
      Element origin = elements.get(0);
      assertEquals(ElementKind.INTERFACE, origin.getKind());
      assertTrue(origin.getAnnotationMirrors().stream().map(AnnotationMirror::getAnnotationType)
          .anyMatch(t -> t.toString().equals("io.apimodel.ApiModel")), origin.toString());
    }
    assertTrue(recording.results.size() >= 2, "expected at least two rounds: " + recording.results);
    assertEquals(List.of(false), recording.results.stream().distinct().toList());
  }

  private static String content(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
