package io.apimodel.processor.model;

import java.util.List;

/**
 * Everything the writers need to generate one model class.
 *
 * @param modelInterface the annotated interface
 * @param generated the class to generate (top level, in the interface's package)
 * @param javadoc the interface's Javadoc, or empty
 * @param properties the properties in order: super-interfaces first, then declaration order
 * @param jackson whether jackson-annotations is on the classpath, so that the class gets its JSON
 *     mapping
 * @param databind whether jackson-databind is on the classpath too, so that the class also gets a
 *     streaming codec that Jackson uses instead
 */
public record ModelSpec(
    TypeRef modelInterface,
    TypeRef generated,
    String javadoc,
    List<Property> properties,
    boolean jackson,
    boolean databind) {

  public ModelSpec {
    properties = List.copyOf(properties);
  }

  /** Whether a property keeps the raw wire string of an unknown enum constant (direct enums). */
  public static boolean keepsUnknownWire(Property property) {
    return property.type() instanceof PropertyType.EnumRef;
  }

  /** Whether any property has a {@code @Default} initial value. */
  public boolean hasDefaults() {
    return properties.stream().anyMatch(Property::hasDefault);
  }
}
