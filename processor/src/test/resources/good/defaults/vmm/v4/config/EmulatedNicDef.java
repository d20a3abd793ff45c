package vmm.v4.config;

import io.apimodel.ApiModel;

/** Named with the package's suffix: generates EmulatedNic, next to the enum EmulatedNicModel. */
@ApiModel
public interface EmulatedNicDef {
  EmulatedNicModel model();

  String macAddress();
}
