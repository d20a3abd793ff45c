package io.apimodel.processor.read;

import io.apimodel.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The classes that this processor generates in this build, so that references to them can be
 * resolved before they exist (self references, cycles, references across packages).
 */
public final class KnownModels {

  private final Map<String, TypeRef> byCanonicalName = new LinkedHashMap<>();
  private final Map<String, List<TypeRef>> bySimpleName = new LinkedHashMap<>();
  /** The canonical names of the union classes among them ({@code @OneOf}). */
  private final Set<String> unions = new HashSet<>();

  /** Remembers a class that will be generated. */
  public void add(TypeRef generated) {
    if (byCanonicalName.putIfAbsent(generated.canonicalName(), generated) == null) {
      bySimpleName.computeIfAbsent(generated.simpleName(), k -> new ArrayList<>()).add(generated);
    }
  }

  /** Remembers a union class that will be generated. */
  public void addUnion(TypeRef generated) {
    add(generated);
    unions.add(generated.canonicalName());
  }

  /** Whether a class this build generates is a union ({@code @OneOf}), not a model. */
  public boolean isUnion(TypeRef generated) {
    return unions.contains(generated.canonicalName());
  }

  /** Whether this build generates a class of this canonical name. */
  public boolean isGenerated(String canonicalName) {
    return byCanonicalName.containsKey(canonicalName);
  }

  /**
   * Resolves a name as javac printed a type it could not find: a canonical name, or a name as
   * written in the source, looked up the way Java does (single-type imports, the package,
   * on-demand imports); when the imports are not known, a generated class of that name if it is
   * the only one.
   */
  public TypeRef resolve(String name, SourceScope scope) {
    TypeRef exact = byCanonicalName.get(name);
    if (exact != null) {
      return exact;
    }
    String first = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    for (String single : scope.singleImports()) {
      if (single.endsWith("." + first)) {
        return byCanonicalName.get(single + name.substring(first.length()));
      }
    }
    TypeRef samePackage = byCanonicalName.get(qualify(scope.packageName(), name));
    if (samePackage != null) {
      return samePackage;
    }
    for (String pkg : scope.onDemandPackages()) {
      TypeRef found = byCanonicalName.get(qualify(pkg, name));
      if (found != null) {
        return found;
      }
    }
    List<TypeRef> candidates = bySimpleName.getOrDefault(name, List.of());
    return candidates.size() == 1 && !scope.importsKnown() ? candidates.get(0) : null;
  }

  private static String qualify(String packageName, String name) {
    return packageName.isEmpty() ? name : packageName + "." + name;
  }
}
