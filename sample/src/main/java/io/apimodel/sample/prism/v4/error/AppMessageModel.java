package io.apimodel.sample.prism.v4.error;

import io.apimodel.ApiModel;
import io.apimodel.Default;
import io.apimodel.DictKeys;
import io.apimodel.sample.common.v1.config.MessageSeverity;
import io.apimodel.sample.prism.v4.config.PrismV4Object;
import java.util.Map;

/** A message reported by the API, such as an error or a warning of a task. */
@ApiModel(dictKeys = DictKeys.SNAKE_CASE)
public interface AppMessageModel extends PrismV4Object {

  /** The text of the message. */
  String message();

  /** The severity of the message. */
  MessageSeverity severity();

  /** The code that identifies the message, for example {@code VMM-20314}. */
  String code();

  /** The locale of the message text. */
  @Default
  default String locale() {
    return "en_US";
  }

  /** The group the message belongs to, for example {@code LEGACY_ERROR}. */
  String errorGroup();

  /** The arguments of the message, by name. */
  Map<String, String> argumentsMap();

  /** The type name of this object, {@code prism.v4.error.AppMessage}. */
  @Default
  @Override
  default String objectType() {
    return "prism.v4.error.AppMessage";
  }
}
