package io.apimodel.sample.prism.v4.config;

import io.apimodel.ApiModel;
import io.apimodel.Default;
import io.apimodel.DictKeys;
import io.apimodel.Pattern;
import io.apimodel.Size;

/** A reference to the user who owns a task. */
@ApiModel(dictKeys = DictKeys.SNAKE_CASE)
public interface OwnerReferenceModel extends PrismV4Object {

  /** A globally unique identifier (UUID) of the owner. */
  @Pattern("^[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}$")
  String extId();

  /** The name of the owner. */
  @Size(max = 256)
  String name();

  /** The type name of this object, {@code prism.v4.config.OwnerReference}. */
  @Default
  @Override
  default String objectType() {
    return "prism.v4.config.OwnerReference";
  }
}
