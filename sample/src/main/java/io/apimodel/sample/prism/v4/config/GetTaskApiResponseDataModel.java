package io.apimodel.sample.prism.v4.config;

import io.apimodel.OneOf;
import io.apimodel.Variant;
import io.apimodel.sample.prism.v4.error.ErrorResponse;

/** The data of a response to "get a task": the task, or the error that replaced it. */
@OneOf
public interface GetTaskApiResponseDataModel {

  /** The task asked for, when the request succeeded. */
  @Variant("prism.v4.config.Task")
  Task task();

  /** The error that replaced the task, when the request failed. */
  @Variant("prism.v4.error.ErrorResponse")
  ErrorResponse errorResponse();
}
