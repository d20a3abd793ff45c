package io.apimodel.sample.json;

import io.apimodel.OneOf;
import io.apimodel.Variant;
import io.apimodel.sample.prism.v4.error.AppMessage;
import java.util.List;

/**
 * A union with one model variant and one list-of-model variant sharing their discriminator (JSON
 * shape tells them apart), for the union JSON tests of both mappings: an object without
 * {@code $objectType} is the message, an array whose first item has none (or an empty one) the
 * messages.
 */
@OneOf
public interface MessageChoiceModel {
  /** One message. */
  @Variant("prism.v4.error.AppMessage")
  AppMessage message();

  /** Several messages. */
  @Variant("prism.v4.error.AppMessage")
  List<AppMessage> messages();
}
