package io.apimodel.sample.common.v1.config;

import io.apimodel.ApiModel;
import io.apimodel.Default;
import io.apimodel.DictKeys;

/** A named flag of an entity or a response, for example {@code hasError} or {@code isPaginated}. */
@ApiModel(dictKeys = DictKeys.SNAKE_CASE)
public interface FlagModel extends CommonV1Object {

  /** Name of the flag. */
  String name();

  /** Value of the flag. */
  @Default
  default Boolean value() {
    return false;
  }

  /** The type name of this object, {@code common.v1.config.Flag}. */
  @Default
  @Override
  default String objectType() {
    return "common.v1.config.Flag";
  }
}
