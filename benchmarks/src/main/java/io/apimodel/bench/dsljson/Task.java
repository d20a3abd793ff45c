package io.apimodel.bench.dsljson;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The DSL-JSON contender's twin of the generated {@code io.apimodel.sample.prism.v4.config.Task}
 * (see {@link DslJsonCodec}): a mutable class with {@code @CompiledJson}, whose converter
 * DSL-JSON's annotation processor writes at compile time. It has the generated class's properties
 * in the same order, its {@code $objectType}, {@code $reserved} and {@code locale} defaults
 * included, so that it reads the same documents into the same values and writes the same bytes.
 * Like the other classes of this package it does not validate, and its enums have no fallback for
 * values they do not know.
 *
 * <p>{@code @JsonAttribute(index = n)} sets the property order to the declaration order; without
 * it the processor picks an order of its own. The generated reader expects this order: it
 * compares each name in full while the input keeps to it, and at the first property that is absent
 * or out of place it switches to a lookup by the name's hash for the rest of the object.
 */
@CompiledJson
public class Task {
  @JsonAttribute(name = "$objectType", index = 0)
  private String objectType = "prism.v4.config.Task";
  @JsonAttribute(name = "$reserved", index = 1)
  private Map<String, String> reserved = Defaults.PRISM_V4;
  @JsonAttribute(index = 2)
  private String extId;
  @JsonAttribute(index = 3)
  private String operation;
  @JsonAttribute(index = 4)
  private String operationDescription;
  @JsonAttribute(index = 5)
  private TaskReferenceInternal parentTask;
  @JsonAttribute(index = 6)
  private OffsetDateTime createdTime;
  @JsonAttribute(index = 7)
  private OffsetDateTime startedTime;
  @JsonAttribute(index = 8)
  private OffsetDateTime completedTime;
  @JsonAttribute(index = 9)
  private TaskStatus status;
  @JsonAttribute(index = 10)
  private Integer progressPercentage;
  @JsonAttribute(index = 11)
  private List<EntityReference> entitiesAffected;
  @JsonAttribute(index = 12)
  private List<TaskReferenceInternal> subTasks;
  @JsonAttribute(index = 13)
  private List<TaskStep> subSteps;
  @JsonAttribute(index = 14)
  private Boolean isCancelable;
  @JsonAttribute(index = 15)
  private OwnerReference ownedBy;
  @JsonAttribute(index = 16)
  private List<KVPair> completionDetails;
  @JsonAttribute(index = 17)
  private List<AppMessage> errorMessages;
  @JsonAttribute(index = 18)
  private String legacyErrorMessage;
  @JsonAttribute(index = 19)
  private List<AppMessage> warnings;
  @JsonAttribute(index = 20)
  private OffsetDateTime lastUpdatedTime;
  @JsonAttribute(index = 21)
  private List<String> clusterExtIds;
  @JsonAttribute(index = 22)
  private TaskReferenceInternal rootTask;
  @JsonAttribute(index = 23)
  private Boolean isBackgroundTask;
  @JsonAttribute(index = 24)
  private Integer numberOfSubtasks;
  @JsonAttribute(index = 25)
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
