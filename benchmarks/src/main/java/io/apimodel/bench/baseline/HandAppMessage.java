package io.apimodel.bench.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/** Hand-written POJO twin of {@code AppMessage}. No constraints. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"$objectType", "$reserved", "message", "severity", "code", "locale", "errorGroup",
    "argumentsMap"})
public class HandAppMessage {
  @JsonProperty("$objectType")
  private String objectType = "prism.v4.error.AppMessage";
  @JsonProperty("$reserved")
  private Map<String, String> reserved = HandTaskReference.RESERVED;
  private String message;
  private HandMessageSeverity severity;
  private String code;
  private String locale = "en_US";
  private String errorGroup;
  private Map<String, String> argumentsMap;

  public HandAppMessage() {}

  /** Nothing to check: no constraints. */
  void check(String owner, int index) {}

  public String getObjectType() { return objectType; }
  public void setObjectType(String objectType) { this.objectType = objectType; }
  public Map<String, String> getReserved() { return reserved; }
  public void setReserved(Map<String, String> reserved) { this.reserved = reserved; }
  public String getMessage() { return message; }
  public void setMessage(String message) { this.message = message; }
  public HandMessageSeverity getSeverity() { return severity; }
  public void setSeverity(HandMessageSeverity severity) { this.severity = severity; }
  public String getCode() { return code; }
  public void setCode(String code) { this.code = code; }
  public String getLocale() { return locale; }
  public void setLocale(String locale) { this.locale = locale; }
  public String getErrorGroup() { return errorGroup; }
  public void setErrorGroup(String errorGroup) { this.errorGroup = errorGroup; }
  public Map<String, String> getArgumentsMap() { return argumentsMap; }
  public void setArgumentsMap(Map<String, String> argumentsMap) { this.argumentsMap = argumentsMap; }
}
