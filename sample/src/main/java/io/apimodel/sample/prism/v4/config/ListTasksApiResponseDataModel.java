package io.apimodel.sample.prism.v4.config;

import io.apimodel.OneOf;
import io.apimodel.Variant;
import io.apimodel.sample.prism.v4.error.ErrorResponse;
import java.util.List;

/** The data of a response to "list tasks": a page of tasks, or the error that replaced it. */
@OneOf
public interface ListTasksApiResponseDataModel {

  /** The tasks of the requested page, when the request succeeded. */
  @Variant("prism.v4.config.Task")
  List<Task> tasks();

  /** The error that replaced the tasks, when the request failed. */
  @Variant("prism.v4.error.ErrorResponse")
  ErrorResponse errorResponse();
}
