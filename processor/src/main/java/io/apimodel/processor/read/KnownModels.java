package io.apimodel.processor.read;

import io.apimodel.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The classes that this processor generates in this build, so that references to them can be
 * resolved before they exist (self references, cycles, references across packages).
 */
public final class KnownModels {

  private final Map<String, TypeRef> byCanonicalName = new LinkedHashMap<>();
  private final Map<String, List<TypeRef>> bySimpleName = new LinkedHashMap<>();

  /** Remembers a class that will be generated. */
  public void add(TypeRef generated) {
    if (byCanonicalName.putIfAbsent(generated.canonicalName(), generated) == null) {
      bySimpleName.computeIfAbsent(generated.simpleName(), k -> new ArrayList<>()).add(generated);
    }
  }

  /**
   * Resolves a name as javac printed a type it could not find: a canonical name, or a simple name
   * that is unique among the generated classes or is in {@code fromPackage}.
   */
  public TypeRef resolve(String name, String fromPackage) {
    TypeRef exact = byCanonicalName.get(name);
    if (exact != null) {
      return exact;
    }
    if (name.contains(".")) {
      return null;
    }
    List<TypeRef> candidates = bySimpleName.getOrDefault(name, List.of());
    for (TypeRef candidate : candidates) {
      if (candidate.packageName().equals(fromPackage)) {
        return candidate;
      }
    }
    return candidates.size() == 1 ? candidates.get(0) : null;
  }
}
