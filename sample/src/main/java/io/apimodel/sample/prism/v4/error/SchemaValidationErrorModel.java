package io.apimodel.sample.prism.v4.error;

import io.apimodel.ApiModel;
import io.apimodel.Default;
import io.apimodel.DictKeys;
import io.apimodel.sample.prism.v4.config.PrismV4Object;
import java.time.OffsetDateTime;
import java.util.List;

/** The error returned when a request fails the validation against the API's schema. */
@ApiModel(dictKeys = DictKeys.SNAKE_CASE)
public interface SchemaValidationErrorModel extends PrismV4Object {

  /** Timestamp of the response. */
  OffsetDateTime timestamp();

  /** The HTTP status code of the response. */
  Integer statusCode();

  /** The generic error message for the response, for example {@code Bad Request}. */
  String error();

  /** API path on which the request was made. */
  String path();

  /** List of validation error messages. */
  List<SchemaValidationErrorMessage> validationErrorMessages();

  /** The type name of this object, {@code prism.v4.error.SchemaValidationError}. */
  @Default
  @Override
  default String objectType() {
    return "prism.v4.error.SchemaValidationError";
  }
}
