package io.apimodel.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §2 "Properties": an abstract method that cannot be a property is an error on that method,
 * naming the model when the method is inherited. Inputs in src/test/resources/bad/methods/.
 */
class MethodDiagnosticsTest {

  @Test
  void abstractMethodWithParameters() {
    BadInput.compile("bad/LocalizedModel.java")
        .error("[ApiModelMethod] abstract method LocalizedModel.name(java.lang.String) has parameters; a property method"
            + " takes none (make it a default method if it is behaviour)", "String name(String locale);")
        .errors(1)
        .nothingGenerated();
  }

  @Test
  void abstractMethodWithTypeParameters() {
    BadInput.compile("bad/methods/BoxModel.java")
        .error("[ApiModelMethod] abstract method BoxModel.content() has type parameters; a property method must not be"
            + " generic: remove them and return a concrete type", "<T> T content();")
        .errors(1)
        .nothingGenerated();
  }

  @Test
  void abstractMethodReturningVoid() {
    BadInput.compile("bad/methods/JobModel.java")
        .error("[ApiModelMethod] abstract method JobModel.run() returns void; a property method returns the property's"
            + " value (if it is behaviour, make it a default method without @Default)", "void run();")
        .errors(1)
        .nothingGenerated();
  }

  @Test
  void abstractMethodWithAThrowsClause() {
    BadInput.compile("bad/methods/FileModel.java")
        .error("[ApiModelMethod] abstract method FileModel.path() declares exceptions; a property method must not have a"
            + " throws clause: remove it", "String path() throws IOException;")
        .errors(1)
        .nothingGenerated();
  }

  /** The generated constructor calls a @Default method, so it must not throw checked exceptions. */
  @Test
  void defaultMethodWithAThrowsClause() {
    BadInput.compile("bad/methods/RetryModel.java")
        .error("[ApiModelMethod] @Default method RetryModel.attempts() declares exceptions",
            "default Integer attempts() throws Exception")
        .errors(1)
        .nothingGenerated();
  }

  @Test
  void inheritedMethodFromAnotherFileNamesTheModel() {
    BadInput input = BadInput.compile("bad/methods/ArticleModel.java", "bad/methods/Localized.java");
    input.error(input.files.get(1),
            "[ApiModelMethod] abstract method Localized.title(java.lang.String) has parameters; a property method takes"
                + " none (make it a default method if it is behaviour) (in @ApiModel interface invalid.methods.ArticleModel)",
            "String title(String locale);")
        .errors(1)
        .nothingGenerated();
  }

  /**
   * A super-interface from a class file has no source position to point at: the error moves to the
   * model interface, and says where the method is declared.
   */
  @Test
  void inheritedMethodFromAClassFileIsReportedOnTheModel(@TempDir Path dir) {
    Compilation library = javac().compile(JavaFileObjects.forResource("bad/methods/Localized.java"));
    assertThat(library).succeeded();
    Models.load(library, dir);
    List<File> classpath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    classpath.add(dir.toFile());

    JavaFileObject model = JavaFileObjects.forResource("bad/methods/ArticleModel.java");
    Compilation compilation =
        javac().withProcessors(new ApiModelProcessor()).withClasspath(classpath).withOptions(Models.LINT).compile(model);
    assertThat(compilation)
        .hadErrorContaining("[ApiModelMethod] abstract method Localized.title(java.lang.String) has parameters")
        .inFile(model).onLineContaining("public interface ArticleModel");
    assertThat(compilation).hadErrorContaining(
        "(in @ApiModel interface invalid.methods.ArticleModel) (declared in invalid.methods.Localized, a compiled class)");
    assertThat(compilation).hadErrorCount(1);
  }
}
