package io.apimodel.sample.dict;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.apimodel.ApiModel;
import io.apimodel.DictKey;
import io.apimodel.DictKeys;

/** {@code @DictKey} wins over {@code DictKeys.SNAKE_CASE} and over the JSON name. */
@ApiModel(dictKeys = DictKeys.SNAKE_CASE)
public interface DictKeyOverridesModel {

  /** Overridden: {@code ID}. */
  @DictKey("ID")
  String extId();

  /** Overridden despite a JSON name: {@code _type}. */
  @JsonProperty("$type")
  @DictKey("_type")
  String typeName();

  /** Not overridden: snake case {@code plain_value}. */
  String plainValue();

  /** Overridden with a key that has a space and non-ASCII text. */
  @DictKey("clé spéciale")
  Integer specialKey();

  /** A nested model with its own {@code @DictKey}s and {@code DictKeys.JSON}. */
  @DictKey("inner")
  JsonOverrides nested();
}
