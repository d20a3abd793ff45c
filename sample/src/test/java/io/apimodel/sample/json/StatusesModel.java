package io.apimodel.sample.json;

import io.apimodel.ApiModel;
import io.apimodel.sample.common.v1.config.MessageSeverity;
import io.apimodel.sample.prism.v4.config.TaskStatus;
import java.util.List;
import java.util.Map;

/** Enums with a fallback inside lists and maps, for the JSON tests of both mappings. */
@ApiModel
public interface StatusesModel {
  /** A list of enums. */
  List<TaskStatus> history();

  /** A map of enums. */
  Map<String, MessageSeverity> severities();

  /** A list of lists of enums. */
  List<List<TaskStatus>> batches();
}
