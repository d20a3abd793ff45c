package io.apimodel.processor.model;

import java.util.List;
import java.util.Set;

/**
 * Everything the writers need to generate one model class.
 *
 * @param modelInterface the annotated interface
 * @param generated the class to generate (top level, in the interface's package)
 * @param javadoc the interface's Javadoc, or empty
 * @param properties the properties in order: super-interfaces first, then declaration order
 * @param json which JSON mapping the class gets, from what is on the compile classpath
 * @param scope names that the generated class sees besides its own members
 */
public record ModelSpec(
    TypeRef modelInterface,
    TypeRef generated,
    String javadoc,
    List<Property> properties,
    Json json,
    Scope scope) {

  public ModelSpec {
    properties = List.copyOf(properties);
  }

  /** The JSON mapping of a generated class (SPEC §5): one per Jackson line on the classpath. */
  public enum Json {
    /** No jackson-annotations on the classpath: no JSON mapping at all. */
    NONE,
    /** jackson-annotations only: {@code @JsonCreator}/{@code @JsonValue}, read by the runtime. */
    ANNOTATIONS,
    /** Jackson 2's jackson-databind: a generated streaming codec, wired by Jackson 2's {@code @JsonDeserialize}. */
    JACKSON2,
    /** Jackson 3's databind ({@code tools.jackson.databind}): the codec, wired by Jackson 3's annotations. */
    JACKSON3,
    /** Both Jacksons: one codec, wired by the annotations of each, so the class works with either. */
    BOTH;

    /** Whether the class gets a generated streaming codec. */
    public boolean codec() {
      return this == JACKSON2 || this == JACKSON3 || this == BOTH;
    }

    /** Whether Jackson 2 finds the codec (its annotations and serializer classes are generated). */
    public boolean jackson2() {
      return this == JACKSON2 || this == BOTH;
    }

    /** Whether Jackson 3 finds the codec. */
    public boolean jackson3() {
      return this == JACKSON3 || this == BOTH;
    }
  }

  /**
   * Names in scope inside the generated class that are not its own.
   *
   * @param memberTypes simple names of the member types it inherits from the interface
   * @param fields names of the constants it inherits from the interface
   * @param packageTypes simple names of types in its package that hide {@code java.lang} types of
   *     the same name
   */
  public record Scope(Set<String> memberTypes, Set<String> fields, Set<String> packageTypes) {
    public Scope {
      memberTypes = Set.copyOf(memberTypes);
      fields = Set.copyOf(fields);
      packageTypes = Set.copyOf(packageTypes);
    }

    public static final Scope EMPTY = new Scope(Set.of(), Set.of(), Set.of());
  }

  /** Whether any property has a {@code @Default} initial value. */
  public boolean hasDefaults() {
    return properties.stream().anyMatch(Property::hasDefault);
  }
}
