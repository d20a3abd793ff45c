package io.apimodel.processor.model;

import java.util.List;

/**
 * Everything the writers need to generate one model class.
 *
 * @param modelInterface the annotated interface
 * @param generated the class to generate (top level, in the interface's package)
 * @param javadoc the interface's Javadoc, or empty
 * @param properties the properties in order: super-interfaces first, then declaration order
 */
public record ModelSpec(
    TypeRef modelInterface, TypeRef generated, String javadoc, List<Property> properties) {

  public ModelSpec {
    properties = List.copyOf(properties);
  }

  /** Whether any property has a {@code @Default} initial value. */
  public boolean hasDefaults() {
    return properties.stream().anyMatch(Property::hasDefault);
  }
}
