package io.apimodel.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * Test helpers: compile model resources with the real processor, load the class files javac wrote
 * and call generated members by reflection.
 */
final class Models {

  /** Lint as strict as the project's own build, so warnings in generated code show up. */
  static final List<String> LINT = List.of("-Xlint:all", "-Xlint:-processing");

  private Models() {}

  /**
   * Compiles resources such as {@code "good/selfref/CategoryNodeModel.java"} with the processor,
   * with jackson-annotations but without jackson-databind on the class path: the classes get the
   * JSON mapping of {@code @JsonCreator}/{@code @JsonValue}.
   */
  static Compilation compile(String... resources) {
    return javac().withProcessors(new ApiModelProcessor()).withOptions(LINT).withClasspath(classpath(false))
        .compile(sources(resources));
  }

  /** {@link #compile} with Jackson 2's jackson-databind on the class path: the classes get the streaming codec. */
  static Compilation compileWithDatabind(String... resources) {
    return compileWith(true, false, resources);
  }

  /** {@link #compile} with Jackson 3's databind only: the codec, wired for Jackson 3. */
  static Compilation compileWithJackson3(String... resources) {
    return compileWith(false, true, resources);
  }

  /** {@link #compile} with both Jacksons' databind: the codec, wired for both. */
  static Compilation compileWithBothJacksons(String... resources) {
    return compileWith(true, true, resources);
  }

  private static Compilation compileWith(boolean jackson2, boolean jackson3, String... resources) {
    return javac().withProcessors(new ApiModelProcessor()).withOptions(LINT).withClasspath(classpath(jackson2, jackson3))
        .compile(sources(resources));
  }

  /** The test's class path, with or without jackson-databind and jackson-core (Jackson 2's). */
  static List<java.io.File> classpath(boolean databind) {
    return classpath(databind, false);
  }

  /** The test's class path, with or without each Jackson line's databind and core. */
  static List<java.io.File> classpath(boolean jackson2, boolean jackson3) {
    List<java.io.File> files = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      boolean jackson = entry.contains("jackson-databind") || entry.contains("jackson-core");
      boolean three = entry.replace(java.io.File.separatorChar, '/').contains("/tools/jackson/");
      if (!jackson || (three ? jackson3 : jackson2)) {
        files.add(new java.io.File(entry));
      }
    }
    return files;
  }

  static List<JavaFileObject> sources(String... resources) {
    return Arrays.stream(resources).map(JavaFileObjects::forResource).toList();
  }

  /**
   * Writes every class file of the compilation below {@code dir} and returns a loader for them whose
   * parent is the test's loader (which has the annotations and the runtime).
   */
  static ClassLoader load(Compilation compilation, Path dir) {
    String marker = "/CLASS_OUTPUT/";
    try {
      for (JavaFileObject file : compilation.generatedFiles()) {
        if (file.getKind() != JavaFileObject.Kind.CLASS) {
          continue;
        }
        String uri = file.toUri().getPath();
        Path target = dir.resolve(uri.substring(uri.indexOf(marker) + marker.length()));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return new URLClassLoader(new URL[] {dir.toUri().toURL()}, Models.class.getClassLoader());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Calls the public method {@code name} on {@code target} (a {@link Class} for a static method).
   * The method is picked by name and argument count; for a varargs method, loose arguments are
   * packed into the array. Exceptions thrown by the method are rethrown unwrapped.
   */
  static Object call(Object target, String name, Object... args) {
    Class<?> type = target instanceof Class<?> c ? c : target.getClass();
    List<Method> found = new ArrayList<>();
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name)
          && (method.getParameterCount() == args.length || method.isVarArgs())) {
        found.add(method);
      }
    }
    if (found.size() > 1) {
      // Overloads (a builder's addItems(String...) beside the property addItems(List)): the one
      // whose parameters take the arguments as they are.
      List<Method> exact = new ArrayList<>(found);
      exact.removeIf(m -> m.isVarArgs() || !accepts(m.getParameterTypes(), args));
      if (exact.isEmpty()) {
        found.removeIf(m -> !m.isVarArgs() || !Arrays.stream(args).allMatch(
            a -> a == null || m.getParameterTypes()[0].getComponentType().isInstance(a)));
      } else {
        found = exact;
      }
    }
    if (found.size() != 1) {
      throw new AssertionError("expected one method " + name + " in " + type + " but found " + found);
    }
    Method method = found.get(0);
    Object[] actual = args;
    if (method.isVarArgs() && !(args.length == 1 && args[0] != null && args[0].getClass().isArray())) {
      Class<?> item = method.getParameterTypes()[0].getComponentType();
      Object packed = Array.newInstance(item, args.length);
      for (int i = 0; i < args.length; i++) {
        Array.set(packed, i, args[i]);
      }
      actual = new Object[] {packed};
    }
    try {
      return method.invoke(target instanceof Class<?> ? null : target, actual);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new AssertionError(e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  private static boolean accepts(Class<?>[] parameters, Object[] args) {
    if (parameters.length != args.length) {
      return false;
    }
    for (int i = 0; i < args.length; i++) {
      Class<?> p = parameters[i].isPrimitive() ? boxed(parameters[i]) : parameters[i];
      if (args[i] != null && !p.isInstance(args[i])) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> boxed(Class<?> primitive) {
    return java.lang.invoke.MethodType.methodType(primitive).wrap().returnType();
  }

  /** {@code Type.builder()}, then one fluent call per name/value pair. */
  static Object builder(Class<?> type, Object... namesAndValues) {
    Object builder = call(type, "builder");
    for (int i = 0; i < namesAndValues.length; i += 2) {
      builder = call(builder, (String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return builder;
  }

  /** {@code builder(type, namesAndValues).build()}. */
  static Object build(Class<?> type, Object... namesAndValues) {
    return call(builder(type, namesAndValues), "build");
  }

  static Class<?> loadClass(ClassLoader loader, String name) {
    try {
      return Class.forName(name, true, loader);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
