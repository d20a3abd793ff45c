package io.apimodel.bench.dsljson;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import java.util.Map;

/** A named value; {@code value} is any JSON value, as in the generated {@code KVPair}. */
@CompiledJson
public class KVPair {
  @JsonAttribute(name = "$objectType", index = 0)
  private String objectType = "common.v1.config.KVPair";
  @JsonAttribute(name = "$reserved", index = 1)
  private Map<String, String> reserved = Defaults.COMMON_V1;
  @JsonAttribute(index = 2)
  private String name;
  @JsonAttribute(index = 3)
  private Object value;

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

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Object getValue() {
    return value;
  }

  public void setValue(Object value) {
    this.value = value;
  }
}
