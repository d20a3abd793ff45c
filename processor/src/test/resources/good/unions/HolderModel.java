package unions;

import io.apimodel.ApiModel;
import java.util.List;
import java.util.Map;

/** A model that holds the union as a property, as list items and as map values. */
@ApiModel
public interface HolderModel {
  Payload data();

  List<Payload> history();

  Map<String, Payload> byName();
}
