package io.apimodel.bench.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/** Hand-written POJO twin of {@code KVPair}; {@code value} is any JSON value. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"$objectType", "$reserved", "name", "value"})
public class HandKVPair {
  static final Map<String, String> RESERVED = Map.of("$fv", "v1.r0");

  @JsonProperty("$objectType")
  private String objectType = "common.v1.config.KVPair";
  @JsonProperty("$reserved")
  private Map<String, String> reserved = RESERVED;
  private String name;
  private Object value;

  public HandKVPair() {}

  public HandKVPair(String name, Object value) {
    this.name = name;
    this.value = value;
    check("", -1);
  }

  /** name 3 to 128 characters. */
  void check(String owner, int index) {
    Checks.lengthBetween(name, 3, 128, owner, index, "name");
  }

  public String getObjectType() { return objectType; }
  public void setObjectType(String objectType) { this.objectType = objectType; }
  public Map<String, String> getReserved() { return reserved; }
  public void setReserved(Map<String, String> reserved) { this.reserved = reserved; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public Object getValue() { return value; }
  public void setValue(Object value) { this.value = value; }
}
