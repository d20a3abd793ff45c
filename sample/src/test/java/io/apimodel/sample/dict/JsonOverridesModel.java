package io.apimodel.sample.dict;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.apimodel.ApiModel;
import io.apimodel.DictKey;

/** {@code @DictKey} with the default {@code DictKeys.JSON}. */
@ApiModel
public interface JsonOverridesModel {

  /** JSON name {@code $objectType}, dict key {@code _object_type}. */
  @JsonProperty("$objectType")
  @DictKey("_object_type")
  String objectType();

  /** JSON name {@code fooBar}; no override, so the key is {@code fooBar}. */
  @JsonProperty("fooBar")
  String foo();

  /** Property name {@code barBaz}, dict key {@code BAR}. */
  @DictKey("BAR")
  String barBaz();
}
