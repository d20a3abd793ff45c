package io.apimodel.sample.common.v1.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.apimodel.Default;
import io.apimodel.DictKey;
import java.util.Map;

/**
 * The members that every common v1 object carries: its type name ({@code $objectType}) and its
 * reserved metadata ({@code $reserved}). Not a model itself; the common v1 models extend it and
 * redeclare {@link #objectType()} with their own type name.
 */
public interface CommonV1Object {

  /** The fully qualified type name of this object, for example {@code common.v1.config.KVPair}. */
  @JsonProperty("$objectType")
  @DictKey("_object_type")
  String objectType();

  /** Reserved metadata of this object; {@code $fv} is the version of its format. */
  @Default
  @JsonProperty("$reserved")
  @DictKey("_reserved")
  default Map<String, String> reserved() {
    return Map.of("$fv", "v1.r0");
  }
}
