package vmm.v4.config;

import io.apimodel.ApiModel;
import io.apimodel.DictKeys;

/** Sets its own dictKeys, which win over the package's. */
@ApiModel(dictKeys = DictKeys.JSON)
public interface CpuDef {
  Integer numSockets();
}
