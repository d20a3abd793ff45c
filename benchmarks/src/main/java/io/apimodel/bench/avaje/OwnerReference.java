package io.apimodel.bench.avaje;

import io.avaje.jsonb.Json;
import java.util.Map;

/** The user who owns a task. */
@Json
public class OwnerReference {
  @Json.Property("$objectType")
  private String objectType = "prism.v4.config.OwnerReference";
  @Json.Property("$reserved")
  private Map<String, String> reserved = Defaults.PRISM_V4;
  private String extId;
  private String name;

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

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
