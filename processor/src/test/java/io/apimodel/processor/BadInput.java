package io.apimodel.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
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

  /**
   * An error with that text on the line of the first file that contains {@code line}, at the column
   * where {@code at} starts in that line: the element it points at (a method's name, the
   * {@code interface} or {@code class} keyword of a type, an annotation's {@code @}, an annotation
   * value).
   */
  BadInput errorAt(String message, String line, String at) {
    long[] position = position(line, at);
    assertThat(compilation).hadErrorContaining(message).inFile(file()).onLine(position[0]).atColumn(position[1]);
    assertWhole(compilation.errors(), message);
    return this;
  }

  /** {@link #errorAt} for a warning. */
  BadInput warningAt(String message, String line, String at) {
    long[] position = position(line, at);
    assertThat(compilation).hadWarningContaining(message).inFile(file()).onLine(position[0]).atColumn(position[1]);
    assertWhole(compilation.warnings(), message);
    return this;
  }

  /**
   * The line number and column (from 1) of {@code at} in the one line of the first file that
   * contains {@code line}.
   */
  private long[] position(String line, String at) {
    try {
      List<String> lines = file().getCharContent(true).toString().lines().toList();
      List<Integer> found = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains(line)) {
          found.add(i);
        }
      }
      if (found.size() != 1) {
        throw new AssertionError(found.size() + " lines contain \"" + line + "\" in " + file().getName());
      }
      int index = lines.get(found.get(0)).indexOf(at);
      if (index < 0) {
        throw new AssertionError("\"" + at + "\" is not in the line \"" + lines.get(found.get(0)) + "\"");
      }
      return new long[] {found.get(0) + 1, index + 1};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One of the diagnostics is exactly {@code message}, not only a message that contains it. */
  private static void assertWhole(List<Diagnostic<? extends JavaFileObject>> diagnostics, String message) {
    List<String> texts = diagnostics.stream().map(d -> d.getMessage(null)).toList();
    assertTrue(texts.contains(message), "no diagnostic is exactly \"" + message + "\"; there are " + texts);
  }

  /** The column (from 1) of {@code at} in the first line of the first file that contains {@code line}. */
  private long column(String line, String at) {
    try {
      String text = file().getCharContent(true).toString();
      String found = text.lines().filter(l -> l.contains(line)).findFirst().orElseThrow(
          () -> new AssertionError("no line containing \"" + line + "\" in " + file().getName()));
      int index = found.indexOf(at);
      if (index < 0) {
        throw new AssertionError("\"" + at + "\" is not in the line \"" + found + "\"");
      }
      return index + 1;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
