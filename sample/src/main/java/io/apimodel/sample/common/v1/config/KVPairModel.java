package io.apimodel.sample.common.v1.config;

import io.apimodel.ApiModel;
import io.apimodel.Default;
import io.apimodel.DictKeys;
import io.apimodel.Size;

/** A named value. */
@ApiModel(dictKeys = DictKeys.SNAKE_CASE)
public interface KVPairModel extends CommonV1Object {

  /** The name of the pair. */
  @Size(min = 3, max = 128)
  String name();

  /** The value of the pair: any JSON value, such as a string, a number, a list or a map. */
  Object value();

  /** The type name of this object, {@code common.v1.config.KVPair}. */
  @Default
  @Override
  default String objectType() {
    return "common.v1.config.KVPair";
  }
}
