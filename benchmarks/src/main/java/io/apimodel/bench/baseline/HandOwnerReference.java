package io.apimodel.bench.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import java.util.regex.Pattern;

/** Hand-written POJO twin of {@code OwnerReference}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"$objectType", "$reserved", "extId", "name"})
public class HandOwnerReference {
  private static final Pattern EXT_ID =
      Pattern.compile("^[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}$");

  @JsonProperty("$objectType")
  private String objectType = "prism.v4.config.OwnerReference";
  @JsonProperty("$reserved")
  private Map<String, String> reserved = HandTaskReference.RESERVED;
  private String extId;
  private String name;

  public HandOwnerReference() {}

  public HandOwnerReference(String extId, String name) {
    this.extId = extId;
    this.name = name;
    check("", -1);
  }

  /** extId a UUID, name at most 256 characters. */
  void check(String owner, int index) {
    Checks.pattern(extId, EXT_ID, owner, index, "extId");
    Checks.maxLength(name, 256, owner, index, "name");
  }

  public String getObjectType() { return objectType; }
  public void setObjectType(String objectType) { this.objectType = objectType; }
  public Map<String, String> getReserved() { return reserved; }
  public void setReserved(Map<String, String> reserved) { this.reserved = reserved; }
  public String getExtId() { return extId; }
  public void setExtId(String extId) { this.extId = extId; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
}
