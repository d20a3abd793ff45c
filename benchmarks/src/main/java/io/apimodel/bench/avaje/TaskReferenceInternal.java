package io.apimodel.bench.avaje;

import io.avaje.jsonb.Json;
import java.util.Map;

/** A reference to a task (parent, root or sub-task). */
@Json
public class TaskReferenceInternal {
  @Json.Property("$objectType")
  private String objectType = "prism.v4.config.TaskReferenceInternal";
  @Json.Property("$reserved")
  private Map<String, String> reserved = Defaults.PRISM_V4;
  private String href;
  private String rel;
  private String extId;

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

  public String getHref() {
    return href;
  }

  public void setHref(String href) {
    this.href = href;
  }

  public String getRel() {
    return rel;
  }

  public void setRel(String rel) {
    this.rel = rel;
  }

  public String getExtId() {
    return extId;
  }

  public void setExtId(String extId) {
    this.extId = extId;
  }
}
