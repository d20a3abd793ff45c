package io.apimodel.processor.read;

import java.util.Collection;
import java.util.Set;

/** Name rules: getter prefixes, snake case, names the generated class uses itself. */
public final class Names {

  /** Members of the generated class that a property (or a default method) must not be named like. */
  public static final Set<String> GENERATED_MEMBERS =
      Set.of(
          "toDict", "toStr", "validate", "builder", "toBuilder", "unknownFields",
          "putUnknownField", "getClass", "hashCode", "toString", "equals", "finalize");

  private Names() {}

  /** Whether every name is {@code getX} or {@code isX} style, so that prefixes are stripped. */
  public static boolean allGetterStyle(Collection<String> methodNames) {
    return !methodNames.isEmpty() && methodNames.stream().allMatch(n -> prefixLength(n) > 0);
  }

  /** {@code getExtId} to {@code extId}, {@code isCancelable} to {@code cancelable}, {@code getURL} to {@code URL}. */
  public static String stripGetterPrefix(String methodName) {
    String rest = methodName.substring(prefixLength(methodName));
    if (rest.length() > 1 && Character.isUpperCase(rest.charAt(1))) {
      return rest;
    }
    return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
  }

  /**
   * The name a property method stands for whether or not prefixes are stripped: the name without
   * its get/is prefix ({@code getName}, {@code isName} and {@code name} all stand for {@code name}).
   */
  public static String baseName(String methodName) {
    return prefixLength(methodName) > 0 ? stripGetterPrefix(methodName) : methodName;
  }

  private static int prefixLength(String name) {
    if (name.length() > 3 && name.startsWith("get") && Character.isUpperCase(name.charAt(3))) {
      return 3;
    }
    if (name.length() > 2 && name.startsWith("is") && Character.isUpperCase(name.charAt(2))) {
      return 2;
    }
    return 0;
  }

  /**
   * The snake-case form of a camel-case name, as the Python SDKs spell attributes: {@code extId} to
   * {@code ext_id}, {@code vmUUID} to {@code vm_uuid}, {@code ipv4Address} to {@code ipv4_address},
   * {@code HTTPServer} to {@code http_server}.
   */
  public static String snakeCase(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean afterLowerOrDigit =
            i > 0 && (Character.isLowerCase(name.charAt(i - 1)) || Character.isDigit(name.charAt(i - 1)));
        boolean endsAcronym =
            i > 0
                && Character.isUpperCase(name.charAt(i - 1))
                && i + 1 < name.length()
                && Character.isLowerCase(name.charAt(i + 1));
        if ((afterLowerOrDigit || endsAcronym) && out.length() > 0 && out.charAt(out.length() - 1) != '_') {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
