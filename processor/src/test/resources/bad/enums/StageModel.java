package invalid.enums;

import io.apimodel.ApiModel;

/** Uses the enum Phase. */
@ApiModel
public interface StageModel {
  Phase phase();
}
