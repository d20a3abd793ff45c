package readchecks;

import io.apimodel.ApiModel;
import io.apimodel.Default;
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
}
