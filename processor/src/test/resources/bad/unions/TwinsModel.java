package invalid.unions;

import io.apimodel.OneOf;
import io.apimodel.Variant;
import java.util.List;

/**
 * Two model variants, and two list variants, with one discriminator; a model and a list sharing
 * one is fine (JSON shape tells them apart).
 */
@OneOf
public interface TwinsModel {
  @Variant("invalid.unions.Thing")
  Thing thing();

  @Variant("invalid.unions.Thing")
  List<Thing> things();

  @Variant("invalid.unions.Thing") // the second model
  Thing oldThing();

  @Variant("invalid.unions.Thing") // the second list
  List<Thing> oldThings();
}
