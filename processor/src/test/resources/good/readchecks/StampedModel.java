package readchecks;

import io.apimodel.ApiModel;
import io.apimodel.Default;
import io.apimodel.Range;
import io.apimodel.Required;
import java.util.List;

/** Holds stamps read from JSON, and one that a default method makes, which no reader checked. */
@ApiModel
public interface StampedModel {
  @Required
  String id();

  Stamp stamp();

  List<Stamp> stamps();

  @Default
  default Stamp origin() {
    return new Stamp();
  }

  /** A primitive default: set when the member is absent, checked when it was read. */
  @Default
  @Range(min = 1, max = 9)
  default int copies() {
    return 2;
  }

  /** A range on a value that only a reader makes. */
  @Range(max = 100)
  Integer weight();
}
