package io.apimodel.bench.avaje;

import io.avaje.jsonb.Json;
import java.util.Map;

/** A named value; {@code value} is any JSON value, as in the generated {@code KVPair}. */
@Json
public class KVPair {
  @Json.Property("$objectType")
  private String objectType = "common.v1.config.KVPair";
  @Json.Property("$reserved")
  private Map<String, String> reserved = Defaults.COMMON_V1;
  private String name;
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
