package io.apimodel.processor.model;

import java.util.List;

/**
 * A Java type by name: its package and its simple names from the outermost class inward. Kept
 * free of {@code javax.lang.model} so that writers never see elements.
 */
public record TypeRef(String packageName, List<String> simpleNames) {

  public TypeRef {
    simpleNames = List.copyOf(simpleNames);
  }

  /** A top-level type. */
  public static TypeRef of(String packageName, String simpleName) {
    return new TypeRef(packageName, List.of(simpleName));
  }

  /** The innermost simple name. */
  public String simpleName() {
    return simpleNames.get(simpleNames.size() - 1);
  }

  /** The canonical name, {@code a.b.Outer.Inner}. */
  public String canonicalName() {
    String nested = String.join(".", simpleNames);
    return packageName.isEmpty() ? nested : packageName + "." + nested;
  }
}
