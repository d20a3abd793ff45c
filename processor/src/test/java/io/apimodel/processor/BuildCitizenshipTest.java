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
  private static final String CLAIMER = "io.apimodel.processor.GeneratedCodeClaimer";

  @Test
  void gradleIncrementalDescriptorDeclaresTheProcessorIsolating() throws IOException {
    String path = "META-INF/gradle/incremental.annotation.processors";
    try (InputStream in = ApiModelProcessor.class.getClassLoader().getResourceAsStream(path)) {
      assertNotNull(in, path + " is missing from the processor's resources");
      List<String> lines =
          new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
      assertEquals(List.of(PROCESSOR + ",isolating", CLAIMER + ",isolating"), lines);
    }
    assertEquals(PROCESSOR, ApiModelProcessor.class.getName());
  }

  @Test
  void registeredAsAServiceForJavac() {
    List<String> found = new ArrayList<>();
    ServiceLoader.load(Processor.class, ApiModelProcessor.class.getClassLoader())
        .stream().forEach(p -> found.add(p.type().getName()));
    assertTrue(found.contains(PROCESSOR), found.toString());
    assertTrue(found.contains(CLAIMER), found.toString());
  }

  @Test
  void supportsTheLatestSourceVersionAndExactlyItsOwnAnnotations() throws IOException {
    ApiModelProcessor processor = new ApiModelProcessor();
    assertEquals(SourceVersion.latestSupported(), processor.getSupportedSourceVersion());
    assertEquals(ownAnnotationTypes(), new java.util.TreeSet<>(processor.getSupportedAnnotationTypes()));
  }

  /**
   * A user build with every warning an error, processing lint included, stays clean: apimodel claims
   * its own annotations (a model using all of them), and what it generates warns of nothing, with
   * and without jackson-databind. (Jackson's annotations on a model are not apimodel's to claim: a
   * build with -Xlint:processing warns of those as it would on any Jackson-annotated class.)
   */
  @Test
  void aModelUsingEveryAnnotationCompilesUnderXlintAllWerror() {
    for (boolean databind : new boolean[] {false, true}) {
      Compilation compilation =
          javac().withProcessors(new ApiModelProcessor(), new GeneratedCodeClaimer()).withOptions("-Xlint:all", "-Werror")
              .withClasspath(Models.classpath(databind))
              .compile(Models.sources("good/lint/ClaimedModel.java"));
      assertThat(compilation).succeededWithoutWarnings();
    }
  }

  /**
   * The annotations apimodel writes into generated classes are claimed only where apimodel wrote
   * them: a processor after it still sees {@code @JsonCreator} on a class the user wrote, and does
   * not see it in the round that holds only generated classes.
   */
  @Test
  void claimsJacksonAnnotationsOnlyInsideItsOwnGeneratedClasses() {
    List<List<String>> seen = new ArrayList<>();
    Processor spy = new javax.annotation.processing.AbstractProcessor() {
      @Override
      public Set<String> getSupportedAnnotationTypes() {
        return Set.of("com.fasterxml.jackson.annotation.JsonCreator");
      }

      @Override
      public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
      }

      @Override
      public boolean process(Set<? extends javax.lang.model.element.TypeElement> annotations,
          javax.annotation.processing.RoundEnvironment round) {
        List<String> owners = new ArrayList<>();
        for (var annotation : annotations) {
          round.getElementsAnnotatedWith(annotation).forEach(e -> owners.add(e.getEnclosingElement().toString()));
        }
        seen.add(owners);
        return false;
      }
    };
    Compilation compilation =
        javac().withProcessors(new ApiModelProcessor(), new GeneratedCodeClaimer(), spy)
            .withClasspath(Models.classpath(false))
            .compile(Models.sources("good/lint/ClaimedModel.java", "good/lint/HandWritten.java"));
    assertThat(compilation).succeeded();
    assertTrue(compilation.generatedSourceFile("lint.Claimed").isPresent());
    assertTrue(seen.contains(List.of("lint.HandWritten")), seen.toString());
    assertTrue(seen.stream().noneMatch(owners -> owners.contains("lint.Claimed")), seen.toString());
  }

  /** The annotation types of package io.apimodel in the annotations jar (or classes directory). */
  private static Set<String> ownAnnotationTypes() throws IOException {
    java.net.URL location = io.apimodel.ApiModel.class.getProtectionDomain().getCodeSource().getLocation();
    Set<String> found = new java.util.TreeSet<>();
    java.nio.file.Path path;
    try {
      path = java.nio.file.Path.of(location.toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IOException(e);
    }
    List<String> entries = new ArrayList<>();
    if (java.nio.file.Files.isDirectory(path)) {
      try (var files = java.nio.file.Files.list(path.resolve("io/apimodel"))) {
        files.forEach(f -> entries.add("io/apimodel/" + f.getFileName()));
      }
    } else {
      try (var jar = new java.util.jar.JarFile(path.toFile())) {
        jar.stream().forEach(e -> entries.add(e.getName()));
      }
    }
    for (String entry : entries) {
      if (entry.matches("io/apimodel/[A-Za-z]+\\.class")) {
        String name = entry.substring(0, entry.length() - 6).replace('/', '.');
        try {
          if (Class.forName(name).isAnnotation()) {
            found.add(name);
          }
        } catch (ClassNotFoundException e) {
          throw new IOException(e);
        }
      }
    }
    assertTrue(found.contains("io.apimodel.ApiModel"), found.toString());
    return found;
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
   * and process() claims apimodel's annotations in every round (see {@link RecordingProcessor}).
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
    assertEquals(List.of(true), recording.results.stream().distinct().toList());
  }

  private static String content(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
