package io.apimodel.sample.prism.v4.config;

import io.apimodel.ApiModel;
import io.apimodel.Default;
import io.apimodel.DictKeys;
import io.apimodel.Size;

/** A reference to an entity associated with a task. */
@ApiModel(dictKeys = DictKeys.SNAKE_CASE)
public interface EntityReferenceModel extends PrismV4Object {

  /** A globally unique identifier of the entity. */
  String extId();

  /** The type of the entity, for example {@code vmm:ahv:config:vm}. */
  String rel();

  /** The name of the entity. */
  @Size(max = 256)
  String name();

  /** The type name of this object, {@code prism.v4.config.EntityReference}. */
  @Default
  @Override
  default String objectType() {
    return "prism.v4.config.EntityReference";
  }
}
