package io.apimodel.bench.avaje;

import io.avaje.jsonb.Json;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The avaje-jsonb contender's twin of the generated {@code io.apimodel.sample.prism.v4.config.Task}
 * (see {@link AvajeCodec}): a mutable class with {@code @Json}, whose adapter avaje-jsonb-generator
 * writes at compile time. It has the generated class's properties in the same order, its
 * {@code $objectType}, {@code $reserved} and {@code locale} defaults included, so that it reads the
 * same documents into the same values and writes the same bytes. Like the other classes of this
 * package it does not validate, and its enums have no fallback for values they do not know.
 */
@Json
public class Task {
  @Json.Property("$objectType")
  private String objectType = "prism.v4.config.Task";
  @Json.Property("$reserved")
  private Map<String, String> reserved = Defaults.PRISM_V4;
  private String extId;
  private String operation;
  private String operationDescription;
  private TaskReferenceInternal parentTask;
  private OffsetDateTime createdTime;
  private OffsetDateTime startedTime;
  private OffsetDateTime completedTime;
  private TaskStatus status;
  private Integer progressPercentage;
  private List<EntityReference> entitiesAffected;
  private List<TaskReferenceInternal> subTasks;
  private List<TaskStep> subSteps;
  private Boolean isCancelable;
  private OwnerReference ownedBy;
  private List<KVPair> completionDetails;
  private List<AppMessage> errorMessages;
  private String legacyErrorMessage;
  private List<AppMessage> warnings;
  private OffsetDateTime lastUpdatedTime;
  private List<String> clusterExtIds;
  private TaskReferenceInternal rootTask;
  private Boolean isBackgroundTask;
  private Integer numberOfSubtasks;
  private Integer numberOfEntitiesAffected;

  public String getObjectType() {
    return objectType;
  }

  public void setObjectType(String objectType) {
    this.objectType = objectType;
  }

  public Map<String, String> getReserved() {
    return reserved;
  }

  public void setReserved(Map<String, String> reserved) {
    this.reserved = reserved;
  }

  public String getExtId() {
    return extId;
  }

  public void setExtId(String extId) {
    this.extId = extId;
  }

  public String getOperation() {
    return operation;
  }

  public void setOperation(String operation) {
    this.operation = operation;
  }

  public String getOperationDescription() {
    return operationDescription;
  }

  public void setOperationDescription(String operationDescription) {
    this.operationDescription = operationDescription;
  }

  public TaskReferenceInternal getParentTask() {
    return parentTask;
  }

  public void setParentTask(TaskReferenceInternal parentTask) {
    this.parentTask = parentTask;
  }

  public OffsetDateTime getCreatedTime() {
    return createdTime;
  }

  public void setCreatedTime(OffsetDateTime createdTime) {
    this.createdTime = createdTime;
  }

  public OffsetDateTime getStartedTime() {
    return startedTime;
  }

  public void setStartedTime(OffsetDateTime startedTime) {
    this.startedTime = startedTime;
  }

  public OffsetDateTime getCompletedTime() {
    return completedTime;
  }

  public void setCompletedTime(OffsetDateTime completedTime) {
    this.completedTime = completedTime;
  }

  public TaskStatus getStatus() {
    return status;
  }

  public void setStatus(TaskStatus status) {
    this.status = status;
  }

  public Integer getProgressPercentage() {
    return progressPercentage;
  }

  public void setProgressPercentage(Integer progressPercentage) {
    this.progressPercentage = progressPercentage;
  }

  public List<EntityReference> getEntitiesAffected() {
    return entitiesAffected;
  }

  public void setEntitiesAffected(List<EntityReference> entitiesAffected) {
    this.entitiesAffected = entitiesAffected;
  }

  public List<TaskReferenceInternal> getSubTasks() {
    return subTasks;
  }

  public void setSubTasks(List<TaskReferenceInternal> subTasks) {
    this.subTasks = subTasks;
  }

  public List<TaskStep> getSubSteps() {
    return subSteps;
  }

  public void setSubSteps(List<TaskStep> subSteps) {
    this.subSteps = subSteps;
  }

  public Boolean getIsCancelable() {
    return isCancelable;
  }

  public void setIsCancelable(Boolean isCancelable) {
    this.isCancelable = isCancelable;
  }

  public OwnerReference getOwnedBy() {
    return ownedBy;
  }

  public void setOwnedBy(OwnerReference ownedBy) {
    this.ownedBy = ownedBy;
  }

  public List<KVPair> getCompletionDetails() {
    return completionDetails;
  }

  public void setCompletionDetails(List<KVPair> completionDetails) {
    this.completionDetails = completionDetails;
  }

  public List<AppMessage> getErrorMessages() {
    return errorMessages;
  }

  public void setErrorMessages(List<AppMessage> errorMessages) {
    this.errorMessages = errorMessages;
  }

  public String getLegacyErrorMessage() {
    return legacyErrorMessage;
  }

  public void setLegacyErrorMessage(String legacyErrorMessage) {
    this.legacyErrorMessage = legacyErrorMessage;
  }

  public List<AppMessage> getWarnings() {
    return warnings;
  }

  public void setWarnings(List<AppMessage> warnings) {
    this.warnings = warnings;
  }

  public OffsetDateTime getLastUpdatedTime() {
    return lastUpdatedTime;
  }

  public void setLastUpdatedTime(OffsetDateTime lastUpdatedTime) {
    this.lastUpdatedTime = lastUpdatedTime;
  }

  public List<String> getClusterExtIds() {
    return clusterExtIds;
  }

  public void setClusterExtIds(List<String> clusterExtIds) {
    this.clusterExtIds = clusterExtIds;
  }

  public TaskReferenceInternal getRootTask() {
    return rootTask;
  }

  public void setRootTask(TaskReferenceInternal rootTask) {
    this.rootTask = rootTask;
  }

  public Boolean getIsBackgroundTask() {
    return isBackgroundTask;
  }

  public void setIsBackgroundTask(Boolean isBackgroundTask) {
    this.isBackgroundTask = isBackgroundTask;
  }

  public Integer getNumberOfSubtasks() {
    return numberOfSubtasks;
  }

  public void setNumberOfSubtasks(Integer numberOfSubtasks) {
    this.numberOfSubtasks = numberOfSubtasks;
  }

  public Integer getNumberOfEntitiesAffected() {
    return numberOfEntitiesAffected;
  }

  public void setNumberOfEntitiesAffected(Integer numberOfEntitiesAffected) {
    this.numberOfEntitiesAffected = numberOfEntitiesAffected;
  }
}
