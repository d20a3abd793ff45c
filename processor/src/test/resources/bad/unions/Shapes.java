package invalid.unions;

import io.apimodel.Variant;
import java.util.List;

/** Variants that InheritedModel inherits. */
public interface Shapes {
  @Variant("invalid.unions.Thing")
  Thing thing();

  @Variant("invalid.unions.Thing")
  List<Thing> things();
}
