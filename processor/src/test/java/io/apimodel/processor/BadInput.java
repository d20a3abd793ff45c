package io.apimodel.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * A compilation of inputs under src/test/resources/bad/ with the real processor behind a
 * {@link RecordingProcessor}, which sees the files the processor asks for even when compile-testing
 * hides them because the compilation failed.
 */
final class BadInput {

  final List<JavaFileObject> files;
  final RecordingProcessor recording = new RecordingProcessor();
  final Compilation compilation;

  private BadInput(List<String> options, String... resources) {
    files = Arrays.stream(resources).map(JavaFileObjects::forResource).toList();
    List<String> all = new ArrayList<>(Models.LINT);
    all.addAll(options);
    compilation = javac().withProcessors(recording).withOptions(all).compile(files);
  }

  static BadInput compile(String... resources) {
    return new BadInput(List.of(), resources);
  }

  static BadInput compileWithOptions(List<String> options, String... resources) {
    return new BadInput(options, resources);
  }

  /** The first (or only) input file. */
  JavaFileObject file() {
    return files.get(0);
  }

  /** An error with that text on the line of the first file that contains {@code line}. */
  BadInput error(String message, String line) {
    return error(file(), message, line);
  }

  BadInput error(JavaFileObject file, String message, String line) {
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
    return this;
  }

  /** A warning with that text on the line of the first file that contains {@code line}. */
  BadInput warning(String message, String line) {
    assertThat(compilation).hadWarningContaining(message).inFile(file()).onLineContaining(line);
    return this;
  }

  /** Exactly this many errors, and none of apimodel's is more than one line (a stack trace). */
  BadInput errors(int count) {
    assertThat(compilation).hadErrorCount(count);
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      String text = error.getMessage(null);
      if (text.startsWith("[ApiModel")) {
        assertFalse(text.contains("\n"), "multi-line error: " + text);
      }
    }
    return this;
  }

  /** The processor asked for no file at all. */
  void nothingGenerated() {
    assertEquals(Map.of(), recording.origins);
  }

  /** The processor asked for exactly these files (generated class to originating interface). */
  void generated(Map<String, List<String>> origins) {
    assertEquals(origins, recording.origins);
  }
}
