package invalid.unions;

import io.apimodel.OneOf;
import java.util.List;

/** A model variant and a list-of-models variant without their $objectType. */
@OneOf
public interface UntaggedModel {
  Thing thing();

  List<Thing> things();

  String text();
}
