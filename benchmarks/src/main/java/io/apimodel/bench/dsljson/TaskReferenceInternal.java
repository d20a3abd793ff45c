package io.apimodel.bench.dsljson;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import java.util.Map;

/** A reference to a task (parent, root or sub-task). */
@CompiledJson
public class TaskReferenceInternal {
  @JsonAttribute(name = "$objectType", index = 0)
  private String objectType = "prism.v4.config.TaskReferenceInternal";
  @JsonAttribute(name = "$reserved", index = 1)
  private Map<String, String> reserved = Defaults.PRISM_V4;
  @JsonAttribute(index = 2)
  private String href;
  @JsonAttribute(index = 3)
  private String rel;
  @JsonAttribute(index = 4)
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
