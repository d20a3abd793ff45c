package io.apimodel.sample.prism.v4.error;

import io.apimodel.OneOf;
import io.apimodel.Variant;
import java.util.List;

/**
 * The error of an error response: the messages explaining the failure, or the schema validation
 * error that rejected the request.
 */
@OneOf
public interface ErrorResponseErrorModel {

  /** The messages explaining why the operation failed. */
  @Variant("prism.v4.error.AppMessage")
  List<AppMessage> appMessages();

  /** The error raised when the request did not match the API's schema. */
  @Variant("prism.v4.error.SchemaValidationError")
  SchemaValidationError schemaValidationError();
}
