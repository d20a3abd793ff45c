package io.apimodel.sample.dict;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.apimodel.ApiModel;
import io.apimodel.DictKeys;
import java.util.List;

/** {@code DictKeys.SNAKE_CASE}: dict keys are the snake-cased property names. */
@ApiModel(dictKeys = DictKeys.SNAKE_CASE)
public interface SnakeKeysModel {

  /** Becomes {@code vm_uuid}. */
  String vmUUID();

  /** Becomes {@code ipv4_address}. */
  String ipv4Address();

  /** Becomes {@code ext_id}. */
  String extId();

  /** Already lower case: {@code name}. */
  String name();

  /** Becomes {@code is_cancelable}. */
  Boolean isCancelable();

  /** SNAKE_CASE converts the property name, not the JSON name: {@code display_name}. */
  @JsonProperty("DisplayNameOnTheWire")
  String displayName();

  /** Becomes {@code number_of_sub_tasks}. */
  Integer numberOfSubTasks();

  /** A nested JSON-keyed model keeps its own keys: {@code child_leaf}. */
  Leaf childLeaf();

  /** A nested snake-case model: {@code sub_items}. */
  List<SnakeKeys> subItems();
}
