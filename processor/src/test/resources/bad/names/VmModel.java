package invalid.names;

import io.apimodel.ApiModel;
import io.apimodel.DictKeys;

/** Two properties with the same snake-case toDict() key. */
@ApiModel(dictKeys = DictKeys.SNAKE_CASE)
public interface VmModel {
  String vmUuid();

  String vmUUID();
}
