package io.apimodel.processor.model;

import java.util.List;

/**
 * One property of a model, with every declaration of it merged.
 *
 * @param name the property name ({@code extId}; the getter prefix stripped where that rule applies)
 * @param methodName the interface method that the accessor implements
 * @param jsonName the JSON member name
 * @param aliases further JSON names accepted on read
 * @param dictKey the key of this property in {@code toDict()}
 * @param type the type
 * @param constraints the constraints, in a fixed order (range, size, pattern)
 * @param required whether {@code @Required}
 * @param redacted whether {@code @Redacted}
 * @param hasDefault whether a {@code @Default} method gives the initial value
 * @param javadoc the declaration's Javadoc, or empty
 */
public record Property(
    String name,
    String methodName,
    String jsonName,
    List<String> aliases,
    String dictKey,
    PropertyType type,
    List<Constraint> constraints,
    boolean required,
    boolean redacted,
    boolean hasDefault,
    String javadoc) {

  public Property {
    aliases = List.copyOf(aliases);
    constraints = List.copyOf(constraints);
  }

  /** Whether the generated class checks anything about this property's value. */
  public boolean hasChecks() {
    return required || !constraints.isEmpty() || type.hasNestedChecks();
  }

  /** The property name with its first letter in upper case, for {@code setX}, {@code addX}. */
  public String capitalized() {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
