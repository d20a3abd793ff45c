package io.apimodel.sample.dict;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.apimodel.ApiModel;
import java.util.List;
import java.util.Map;

/** Default {@code DictKeys.JSON}: dict keys are the JSON names. */
@ApiModel
public interface JsonKeysModel {

  /** JSON name given by {@code @JsonProperty}. */
  @JsonProperty("display_name")
  String displayName();

  /** No {@code @JsonProperty}: the key is the property name, not snake-cased. */
  String vmUUID();

  /** No {@code @JsonProperty}. */
  Integer ipv4Address();

  /** A {@code $}-prefixed JSON name. */
  @JsonProperty("$kind")
  String kind();

  /** An enum with wire strings. */
  @JsonProperty("shade-value")
  Shade shade();

  /** A nested model under a JSON name. */
  @JsonProperty("the-leaf")
  Leaf leaf();

  /** A list of nested models. */
  List<Leaf> leaves();

  /** A map of strings. */
  @JsonProperty("Labels")
  Map<String, String> labels();
}
