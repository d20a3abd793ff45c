package io.apimodel.bench.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Hand-written POJO twin of the generated {@code Task}: what a team writes for jackson-databind
 * (fields, getters, setters, {@code @JsonInclude(NON_NULL)}, {@code @JsonProperty} for the
 * {@code $} names), plus an all-arguments constructor that performs the same checks as the
 * generated {@code Task.Builder.build()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"$objectType", "$reserved", "extId", "operation", "operationDescription",
    "parentTask", "createdTime", "startedTime", "completedTime", "status", "progressPercentage",
    "entitiesAffected", "subTasks", "subSteps", "isCancelable", "ownedBy", "completionDetails",
    "errorMessages", "legacyErrorMessage", "warnings", "lastUpdatedTime", "clusterExtIds", "rootTask",
    "isBackgroundTask", "numberOfSubtasks", "numberOfEntitiesAffected"})
public class HandTask {
  private static final Pattern EXT_ID = Pattern.compile(
      "^[a-zA-Z0-9/+]*={0,2}:[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}");

  @JsonProperty("$objectType")
  private String objectType = "prism.v4.config.Task";
  @JsonProperty("$reserved")
  private Map<String, String> reserved = HandTaskReference.RESERVED;
  private String extId;
  private String operation;
  private String operationDescription;
  private HandTaskReference parentTask;
  private OffsetDateTime createdTime;
  private OffsetDateTime startedTime;
  private OffsetDateTime completedTime;
  private HandTaskStatus status;
  private Integer progressPercentage;
  private List<HandEntityReference> entitiesAffected;
  private List<HandTaskReference> subTasks;
  private List<HandTaskStep> subSteps;
  private Boolean isCancelable;
  private HandOwnerReference ownedBy;
  private List<HandKVPair> completionDetails;
  private List<HandAppMessage> errorMessages;
  private String legacyErrorMessage;
  private List<HandAppMessage> warnings;
  private OffsetDateTime lastUpdatedTime;
  private List<String> clusterExtIds;
  private HandTaskReference rootTask;
  private Boolean isBackgroundTask;
  private Integer numberOfSubtasks;
  private Integer numberOfEntitiesAffected;

  public HandTask() {}

  /**
   * The hand-written equivalent of {@code Task.builder()...build()}: checks the pattern, the range,
   * the list sizes, null items and every nested object, and keeps unmodifiable copies of the lists
   * and the map. Throws {@link IllegalArgumentException} on the first problem.
   */
  public HandTask(
      String objectType,
      Map<String, String> reserved,
      String extId,
      String operation,
      String operationDescription,
      HandTaskReference parentTask,
      OffsetDateTime createdTime,
      OffsetDateTime startedTime,
      OffsetDateTime completedTime,
      HandTaskStatus status,
      Integer progressPercentage,
      List<HandEntityReference> entitiesAffected,
      List<HandTaskReference> subTasks,
      List<HandTaskStep> subSteps,
      Boolean isCancelable,
      HandOwnerReference ownedBy,
      List<HandKVPair> completionDetails,
      List<HandAppMessage> errorMessages,
      String legacyErrorMessage,
      List<HandAppMessage> warnings,
      OffsetDateTime lastUpdatedTime,
      List<String> clusterExtIds,
      HandTaskReference rootTask,
      Boolean isBackgroundTask,
      Integer numberOfSubtasks,
      Integer numberOfEntitiesAffected) {
    Checks.pattern(extId, EXT_ID, "", -1, "extId");
    Checks.range(progressPercentage, 0, 100, "progressPercentage");
    if (parentTask != null) {
      parentTask.check("parentTask", -1);
    }
    this.entitiesAffected = Checks.list(entitiesAffected, 300, "entitiesAffected");
    if (entitiesAffected != null) {
      for (int i = 0, n = entitiesAffected.size(); i < n; i++) {
        entitiesAffected.get(i).check("entitiesAffected", i);
      }
    }
    this.subTasks = Checks.list(subTasks, 100, "subTasks");
    if (subTasks != null) {
      for (int i = 0, n = subTasks.size(); i < n; i++) {
        subTasks.get(i).check("subTasks", i);
      }
    }
    this.subSteps = Checks.list(subSteps, 50, "subSteps");
    if (subSteps != null) {
      for (int i = 0, n = subSteps.size(); i < n; i++) {
        subSteps.get(i).check("subSteps", i);
      }
    }
    if (ownedBy != null) {
      ownedBy.check("ownedBy", -1);
    }
    this.completionDetails = Checks.list(completionDetails, 50, "completionDetails");
    if (completionDetails != null) {
      for (int i = 0, n = completionDetails.size(); i < n; i++) {
        completionDetails.get(i).check("completionDetails", i);
      }
    }
    this.errorMessages = Checks.list(errorMessages, 100, "errorMessages");
    if (errorMessages != null) {
      for (int i = 0, n = errorMessages.size(); i < n; i++) {
        errorMessages.get(i).check("errorMessages", i);
      }
    }
    this.warnings = Checks.list(warnings, 50, "warnings");
    if (warnings != null) {
      for (int i = 0, n = warnings.size(); i < n; i++) {
        warnings.get(i).check("warnings", i);
      }
    }
    this.clusterExtIds = Checks.list(clusterExtIds, 500, "clusterExtIds");
    if (rootTask != null) {
      rootTask.check("rootTask", -1);
    }
    this.objectType = objectType;
    this.reserved = reserved == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(reserved));
    this.extId = extId;
    this.operation = operation;
    this.operationDescription = operationDescription;
    this.parentTask = parentTask;
    this.createdTime = createdTime;
    this.startedTime = startedTime;
    this.completedTime = completedTime;
    this.status = status;
    this.progressPercentage = progressPercentage;
    this.isCancelable = isCancelable;
    this.ownedBy = ownedBy;
    this.legacyErrorMessage = legacyErrorMessage;
    this.lastUpdatedTime = lastUpdatedTime;
    this.rootTask = rootTask;
    this.isBackgroundTask = isBackgroundTask;
    this.numberOfSubtasks = numberOfSubtasks;
    this.numberOfEntitiesAffected = numberOfEntitiesAffected;
  }

  public String getObjectType() { return objectType; }
  public void setObjectType(String objectType) { this.objectType = objectType; }
  public Map<String, String> getReserved() { return reserved; }
  public void setReserved(Map<String, String> reserved) { this.reserved = reserved; }
  public String getExtId() { return extId; }
  public void setExtId(String extId) { this.extId = extId; }
  public String getOperation() { return operation; }
  public void setOperation(String operation) { this.operation = operation; }
  public String getOperationDescription() { return operationDescription; }
  public void setOperationDescription(String operationDescription) { this.operationDescription = operationDescription; }
  public HandTaskReference getParentTask() { return parentTask; }
  public void setParentTask(HandTaskReference parentTask) { this.parentTask = parentTask; }
  public OffsetDateTime getCreatedTime() { return createdTime; }
  public void setCreatedTime(OffsetDateTime createdTime) { this.createdTime = createdTime; }
  public OffsetDateTime getStartedTime() { return startedTime; }
  public void setStartedTime(OffsetDateTime startedTime) { this.startedTime = startedTime; }
  public OffsetDateTime getCompletedTime() { return completedTime; }
  public void setCompletedTime(OffsetDateTime completedTime) { this.completedTime = completedTime; }
  public HandTaskStatus getStatus() { return status; }
  public void setStatus(HandTaskStatus status) { this.status = status; }
  public Integer getProgressPercentage() { return progressPercentage; }
  public void setProgressPercentage(Integer progressPercentage) { this.progressPercentage = progressPercentage; }
  public List<HandEntityReference> getEntitiesAffected() { return entitiesAffected; }
  public void setEntitiesAffected(List<HandEntityReference> entitiesAffected) { this.entitiesAffected = entitiesAffected; }
  public List<HandTaskReference> getSubTasks() { return subTasks; }
  public void setSubTasks(List<HandTaskReference> subTasks) { this.subTasks = subTasks; }
  public List<HandTaskStep> getSubSteps() { return subSteps; }
  public void setSubSteps(List<HandTaskStep> subSteps) { this.subSteps = subSteps; }
  public Boolean getIsCancelable() { return isCancelable; }
  public void setIsCancelable(Boolean isCancelable) { this.isCancelable = isCancelable; }
  public HandOwnerReference getOwnedBy() { return ownedBy; }
  public void setOwnedBy(HandOwnerReference ownedBy) { this.ownedBy = ownedBy; }
  public List<HandKVPair> getCompletionDetails() { return completionDetails; }
  public void setCompletionDetails(List<HandKVPair> completionDetails) { this.completionDetails = completionDetails; }
  public List<HandAppMessage> getErrorMessages() { return errorMessages; }
  public void setErrorMessages(List<HandAppMessage> errorMessages) { this.errorMessages = errorMessages; }
  public String getLegacyErrorMessage() { return legacyErrorMessage; }
  public void setLegacyErrorMessage(String legacyErrorMessage) { this.legacyErrorMessage = legacyErrorMessage; }
  public List<HandAppMessage> getWarnings() { return warnings; }
  public void setWarnings(List<HandAppMessage> warnings) { this.warnings = warnings; }
  public OffsetDateTime getLastUpdatedTime() { return lastUpdatedTime; }
  public void setLastUpdatedTime(OffsetDateTime lastUpdatedTime) { this.lastUpdatedTime = lastUpdatedTime; }
  public List<String> getClusterExtIds() { return clusterExtIds; }
  public void setClusterExtIds(List<String> clusterExtIds) { this.clusterExtIds = clusterExtIds; }
  public HandTaskReference getRootTask() { return rootTask; }
  public void setRootTask(HandTaskReference rootTask) { this.rootTask = rootTask; }
  public Boolean getIsBackgroundTask() { return isBackgroundTask; }
  public void setIsBackgroundTask(Boolean isBackgroundTask) { this.isBackgroundTask = isBackgroundTask; }
  public Integer getNumberOfSubtasks() { return numberOfSubtasks; }
  public void setNumberOfSubtasks(Integer numberOfSubtasks) { this.numberOfSubtasks = numberOfSubtasks; }
  public Integer getNumberOfEntitiesAffected() { return numberOfEntitiesAffected; }
  public void setNumberOfEntitiesAffected(Integer numberOfEntitiesAffected) { this.numberOfEntitiesAffected = numberOfEntitiesAffected; }
}
