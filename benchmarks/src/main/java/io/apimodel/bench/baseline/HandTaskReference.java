package io.apimodel.bench.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/** Hand-written POJO twin of {@code TaskReferenceInternal}. No constraints. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"$objectType", "$reserved", "href", "rel", "extId"})
public class HandTaskReference {
  static final Map<String, String> RESERVED = Map.of("$fv", "v4.r0");

  @JsonProperty("$objectType")
  private String objectType = "prism.v4.config.TaskReferenceInternal";
  @JsonProperty("$reserved")
  private Map<String, String> reserved = RESERVED;
  private String href;
  private String rel;
  private String extId;

  public HandTaskReference() {}

  public HandTaskReference(String href, String rel, String extId) {
    this.href = href;
    this.rel = rel;
    this.extId = extId;
  }

  /** Nothing to check: no constraints. */
  void check(String owner, int index) {}

  public String getObjectType() { return objectType; }
  public void setObjectType(String objectType) { this.objectType = objectType; }
  public Map<String, String> getReserved() { return reserved; }
  public void setReserved(Map<String, String> reserved) { this.reserved = reserved; }
  public String getHref() { return href; }
  public void setHref(String href) { this.href = href; }
  public String getRel() { return rel; }
  public void setRel(String rel) { this.rel = rel; }
  public String getExtId() { return extId; }
  public void setExtId(String extId) { this.extId = extId; }
}
