package invalid.unions;

/** A variant without @Variant, which HeirModel inherits. */
public interface UntaggedBase {
  Thing thing();
}
