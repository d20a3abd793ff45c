package io.apimodel.sample.prism.v4.error;

import io.apimodel.ApiModel;
import io.apimodel.Default;
import io.apimodel.DictKeys;
import io.apimodel.sample.prism.v4.config.PrismV4Object;

/** A message describing one failure of a request's validation against the API's schema. */
@ApiModel(dictKeys = DictKeys.SNAKE_CASE)
public interface SchemaValidationErrorMessageModel extends PrismV4Object {

  /**
   * The part of the request that failed validation. Validation can fail for path, query
   * parameters, and request body.
   */
  String location();

  /** The detailed message for the validation error. */
  String message();

  /** The path of the attribute that failed validation in the schema. */
  String attributePath();

  /** The type name of this object, {@code prism.v4.error.SchemaValidationErrorMessage}. */
  @Default
  @Override
  default String objectType() {
    return "prism.v4.error.SchemaValidationErrorMessage";
  }
}
