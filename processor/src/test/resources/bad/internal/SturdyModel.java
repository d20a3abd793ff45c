package invalid.internal;

import io.apimodel.ApiModel;

/** The next model: still generated. */
@ApiModel
public interface SturdyModel {
  String name();
}
