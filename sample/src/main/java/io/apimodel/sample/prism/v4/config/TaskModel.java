package io.apimodel.sample.prism.v4.config;

import io.apimodel.ApiModel;
import io.apimodel.Default;
import io.apimodel.DictKeys;
import io.apimodel.Pattern;
import io.apimodel.Range;
import io.apimodel.Size;
import io.apimodel.sample.common.v1.config.KVPair;
import io.apimodel.sample.prism.v4.error.AppMessage;
import java.time.OffsetDateTime;
import java.util.List;

/** The task object tracking an asynchronous operation. */
@ApiModel(dictKeys = DictKeys.SNAKE_CASE)
public interface TaskModel extends PrismV4Object {

  /** A globally unique identifier of a task. */
  @Pattern("^[a-zA-Z0-9/+]*={0,2}:[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}")
  String extId();

  /** The operation name being tracked by the task. */
  String operation();

  /** Description of the operation being tracked by the task. */
  String operationDescription();

  /** A reference to the parent task of this task. */
  TaskReferenceInternal parentTask();

  /** UTC date and time in RFC-3339 format when the task was created. */
  OffsetDateTime createdTime();

  /** UTC date and time in RFC-3339 format when the task was started. */
  OffsetDateTime startedTime();

  /** UTC date and time in RFC-3339 format when the task was completed. */
  OffsetDateTime completedTime();

  /** The status of the task. */
  TaskStatus status();

  /** Task progress expressed as a percentage. */
  @Range(min = 0, max = 100)
  Integer progressPercentage();

  /** Reference to entities associated with the task. */
  @Size(max = 300)
  List<EntityReference> entitiesAffected();

  /**
   * Reference to tasks spawned as children of the current task.
   * The task get response would contain a limited number of subtask references.
   * To get the entire list of subtasks for a task, use the parent task filter in the task list API.
   */
  @Size(max = 100)
  List<TaskReferenceInternal> subTasks();

  /** List of steps completed as part of the task. */
  @Size(max = 50)
  List<TaskStep> subSteps();

  /** Signifies if the task can be cancelled. */
  Boolean isCancelable();

  /** A reference to the user who owns the task. */
  OwnerReference ownedBy();

  /**
   * Additional details on the task to aid the user with further actions post completion of the
   * task.
   */
  @Size(max = 50)
  List<KVPair> completionDetails();

  /**
   * Error details explaining a task failure.
   * These would be populated only in the case of task failures.
   */
  @Size(max = 100)
  List<AppMessage> errorMessages();

  /**
   * Provides an error message in the absence of a well-defined error message for the tasks created
   * through legacy APIs.
   */
  String legacyErrorMessage();

  /**
   * Warning messages to alert the user of issues which did not directly cause task failure.
   * These can be populated for any task.
   */
  @Size(max = 50)
  List<AppMessage> warnings();

  /** UTC date and time in RFC-3339 format when the task was last updated. */
  OffsetDateTime lastUpdatedTime();

  /**
   * List of globally unique identifiers for clusters associated with the task or any of its
   * subtasks.
   */
  @Size(max = 500)
  List<String> clusterExtIds();

  /** A reference to the root task of the tree of tasks this task belongs to. */
  TaskReferenceInternal rootTask();

  /** Signifies if the task is a background task or not. */
  Boolean isBackgroundTask();

  /** Number of tasks spawned as children of the current task. */
  Integer numberOfSubtasks();

  /** Number of entities associated with the task. */
  Integer numberOfEntitiesAffected();

  /** The type name of this object, {@code prism.v4.config.Task}. */
  @Default
  @Override
  default String objectType() {
    return "prism.v4.config.Task";
  }
}
