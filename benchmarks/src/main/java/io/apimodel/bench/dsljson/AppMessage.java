package io.apimodel.bench.dsljson;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import java.util.Map;

/** An error or warning message of a task; {@code locale} defaults to {@code en_US}. */
@CompiledJson
public class AppMessage {
  @JsonAttribute(name = "$objectType", index = 0)
  private String objectType = "prism.v4.error.AppMessage";
  @JsonAttribute(name = "$reserved", index = 1)
  private Map<String, String> reserved = Defaults.PRISM_V4;
  @JsonAttribute(index = 2)
  private String message;
  @JsonAttribute(index = 3)
  private MessageSeverity severity;
  @JsonAttribute(index = 4)
  private String code;
  @JsonAttribute(index = 5)
  private String locale = "en_US";
  @JsonAttribute(index = 6)
  private String errorGroup;
  @JsonAttribute(index = 7)
  private Map<String, String> argumentsMap;

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

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public MessageSeverity getSeverity() {
    return severity;
  }

  public void setSeverity(MessageSeverity severity) {
    this.severity = severity;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }

  public String getErrorGroup() {
    return errorGroup;
  }

  public void setErrorGroup(String errorGroup) {
    this.errorGroup = errorGroup;
  }

  public Map<String, String> getArgumentsMap() {
    return argumentsMap;
  }

  public void setArgumentsMap(Map<String, String> argumentsMap) {
    this.argumentsMap = argumentsMap;
  }
}
