package invalid.types;

import io.apimodel.ApiModel;

/** A model used as a property type. */
@ApiModel
public interface WheelModel {
  Integer size();
}
