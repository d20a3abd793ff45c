package invalid.names;

import io.apimodel.ApiModel;

/** A property named like a generated member. */
@ApiModel
public interface CheckModel {
  String name();

  Boolean validate();
}
