package io.apimodel.bench.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/** Hand-written POJO twin of {@code EntityReference}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"$objectType", "$reserved", "extId", "rel", "name"})
public class HandEntityReference {
  @JsonProperty("$objectType")
  private String objectType = "prism.v4.config.EntityReference";
  @JsonProperty("$reserved")
  private Map<String, String> reserved = HandTaskReference.RESERVED;
  private String extId;
  private String rel;
  private String name;

  public HandEntityReference() {}

  public HandEntityReference(String extId, String rel, String name) {
    this.extId = extId;
    this.rel = rel;
    this.name = name;
    check("", -1);
  }

  /** name at most 256 characters. */
  void check(String owner, int index) {
    Checks.maxLength(name, 256, owner, index, "name");
  }

  public String getObjectType() { return objectType; }
  public void setObjectType(String objectType) { this.objectType = objectType; }
  public Map<String, String> getReserved() { return reserved; }
  public void setReserved(Map<String, String> reserved) { this.reserved = reserved; }
  public String getExtId() { return extId; }
  public void setExtId(String extId) { this.extId = extId; }
  public String getRel() { return rel; }
  public void setRel(String rel) { this.rel = rel; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
}
