package io.apimodel.sample.common.v1.config;

import io.apimodel.ApiModel;
import io.apimodel.Default;
import io.apimodel.DictKeys;
import java.util.Map;

/** A wrapper around a map of strings to strings. */
@ApiModel(dictKeys = DictKeys.SNAKE_CASE)
public interface MapOfStringWrapperModel extends CommonV1Object {

  /** The wrapped map. */
  Map<String, String> map();

  /** The type name of this object, {@code common.v1.config.MapOfStringWrapper}. */
  @Default
  @Override
  default String objectType() {
    return "common.v1.config.MapOfStringWrapper";
  }
}
