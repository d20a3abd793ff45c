package io.apimodel.runtime;

/**
 * What every union class generated from a {@link io.apimodel.OneOf} interface offers: which
 * variant it holds and the value. Generated classes narrow {@link #kind()} to their own
 * {@code Kind} enum, whose last constant, {@code UNKNOWN}, stands for a JSON value no variant
 * takes (kept as read: a {@code Map}, {@code List} or scalar, like unknown fields).
 */
public interface ApiUnion {

  /** The variant held. */
  Enum<?> kind();

  /** The value held: the variant's value, never null. */
  Object value();
}
