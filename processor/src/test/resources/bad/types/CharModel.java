package invalid.types;

import io.apimodel.ApiModel;

/** char. */
@ApiModel
public interface CharModel {
  char initial();
}
