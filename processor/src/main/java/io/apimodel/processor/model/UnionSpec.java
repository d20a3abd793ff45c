package io.apimodel.processor.model;

import java.util.List;

/**
 * Everything the writer needs to generate one union class from a {@code @OneOf} interface.
 *
 * @param unionInterface the annotated interface
 * @param generated the class to generate (top level, in the interface's package)
 * @param javadoc the interface's Javadoc, or empty
 * @param variants the variants in declaration order
 * @param scope names that the generated class sees besides its own members
 */
public record UnionSpec(
    TypeRef unionInterface, TypeRef generated, String javadoc, List<Variant> variants, ModelSpec.Scope scope) {

  public UnionSpec {
    variants = List.copyOf(variants);
  }

  /** How JSON tells a variant apart: by {@code $objectType} (models, lists of models) or by JSON type. */
  public enum Shape {
    MODEL, MODEL_LIST, SCALAR, SCALAR_LIST, STRING_MAP
  }

  /**
   * One variant.
   *
   * @param name the method's name ({@code task})
   * @param constant its {@code Kind} constant ({@code TASK})
   * @param type its type
   * @param shape how JSON tells it apart
   * @param discriminator the {@code @Variant} value for models and lists of models, else null
   * @param javadoc the method's Javadoc, or empty
   */
  public record Variant(
      String name, String constant, PropertyType type, Shape shape, String discriminator, String javadoc) {}
}
