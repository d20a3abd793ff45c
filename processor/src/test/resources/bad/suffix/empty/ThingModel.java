package invalid.suffix.empty;

import io.apimodel.ApiModel;

/** Keeps the suffix Model, since the package's is unusable. */
@ApiModel
public interface ThingModel {
  String name();
}
