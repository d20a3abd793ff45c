package io.apimodel.processor.read;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The names visible where a property method is declared: its package and the imports of its file.
 * Javac reports a type that does not exist yet by the name written in the source ({@code KVPair}),
 * so the imports decide which generated class it means.
 *
 * @param packageName the package of the declaring interface
 * @param singleImports single-type imports ({@code a.b.KVPair})
 * @param onDemandPackages packages imported with {@code .*}
 * @param importsKnown whether the imports could be read (javac); without them, a simple name that
 *     only one generated class has is taken to mean that class
 */
public record SourceScope(
    String packageName, List<String> singleImports, List<String> onDemandPackages, boolean importsKnown) {

  public SourceScope {
    singleImports = List.copyOf(singleImports);
    onDemandPackages = List.copyOf(onDemandPackages);
  }

  /**
   * The scope of the file that declares {@code type}; just its package when the compiler offers no
   * source trees (then names resolve by package and by being unique).
   */
  public static SourceScope of(ProcessingEnvironment env, TypeElement type) {
    String packageName = TypeReader.typeRef(type).packageName();
    List<String> singles = new ArrayList<>();
    List<String> onDemand = new ArrayList<>();
    CompilationUnitTree unit = compilationUnit(env, type);
    if (unit != null) {
      for (ImportTree importTree : unit.getImports()) {
        if (importTree.isStatic()) {
          continue;
        }
        String name = importTree.getQualifiedIdentifier().toString();
        if (name.endsWith(".*")) {
          onDemand.add(name.substring(0, name.length() - 2));
        } else {
          singles.add(name);
        }
      }
    }
    return new SourceScope(packageName, singles, onDemand, unit != null);
  }

  /**
   * Whether an element has a position in the sources being compiled (not so for elements read
   * from class files). Without javac's trees every element is taken to have one.
   */
  public static Predicate<Element> sourcePredicate(ProcessingEnvironment env) {
    Trees trees;
    try {
      trees = Trees.instance(env);
    } catch (IllegalArgumentException | LinkageError e) {
      return element -> true;
    }
    return element -> {
      try {
        return trees.getPath(element) != null;
      } catch (IllegalArgumentException e) {
        return true;
      }
    };
  }

  private static CompilationUnitTree compilationUnit(ProcessingEnvironment env, TypeElement type) {
    try {
      TreePath path = Trees.instance(env).getPath(type);
      return path == null ? null : path.getCompilationUnit();
    } catch (IllegalArgumentException | LinkageError e) {
      return null; // not javac, or no source for this type
    }
  }
}
