package io.apimodel.sample.common.v1.config;

import io.apimodel.ApiModel;
import io.apimodel.Default;
import io.apimodel.DictKeys;

/** An information, warning or error message about an operation. */
@ApiModel(dictKeys = DictKeys.SNAKE_CASE)
public interface MessageModel extends CommonV1Object {

  /** A code that uniquely identifies a message. */
  String code();

  /** The description of the message. */
  String message();

  /** The locale for the message description. */
  @Default
  default String locale() {
    return "en_US";
  }

  /** The severity of the message. */
  MessageSeverity severity();

  /** The type name of this object, {@code common.v1.config.Message}. */
  @Default
  @Override
  default String objectType() {
    return "common.v1.config.Message";
  }
}
