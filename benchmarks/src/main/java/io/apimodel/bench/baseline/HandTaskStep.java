package io.apimodel.bench.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/** Hand-written POJO twin of {@code TaskStep}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"$objectType", "$reserved", "name"})
public class HandTaskStep {
  @JsonProperty("$objectType")
  private String objectType = "prism.v4.config.TaskStep";
  @JsonProperty("$reserved")
  private Map<String, String> reserved = HandTaskReference.RESERVED;
  private String name;

  public HandTaskStep() {}

  public HandTaskStep(String name) {
    this.name = name;
    check("", -1);
  }

  /** name at most 512 characters. */
  void check(String owner, int index) {
    Checks.maxLength(name, 512, owner, index, "name");
  }

  public String getObjectType() { return objectType; }
  public void setObjectType(String objectType) { this.objectType = objectType; }
  public Map<String, String> getReserved() { return reserved; }
  public void setReserved(Map<String, String> reserved) { this.reserved = reserved; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
}
