package io.apimodel.bench.dsljson;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import java.util.Map;

/** The user who owns a task. */
@CompiledJson
public class OwnerReference {
  @JsonAttribute(name = "$objectType", index = 0)
  private String objectType = "prism.v4.config.OwnerReference";
  @JsonAttribute(name = "$reserved", index = 1)
  private Map<String, String> reserved = Defaults.PRISM_V4;
  @JsonAttribute(index = 2)
  private String extId;
  @JsonAttribute(index = 3)
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
