package io.apimodel.processor.model;

/** A declared constraint of a property. {@code @Required} and {@code @Redacted} are flags. */
public sealed interface Constraint {

  /** {@code @Range}: inclusive bounds; {@code Long.MIN_VALUE}/{@code MAX_VALUE} mean "none". */
  record Range(long min, long max) implements Constraint {
    public boolean hasMin() {
      return min != Long.MIN_VALUE;
    }

    public boolean hasMax() {
      return max != Long.MAX_VALUE;
    }
  }

  /** {@code @Size}: inclusive bounds on a string's length or a container's number of items. */
  record Size(int min, int max) implements Constraint {
    public boolean hasMin() {
      return min > 0;
    }

    public boolean hasMax() {
      return max != Integer.MAX_VALUE;
    }
  }

  /** {@code @Pattern}: {@code find()} semantics. */
  record Pattern(String regex) implements Constraint {}
}
