package io.apimodel;

/** How a generated {@code toDict()} names the keys of its map. A {@link DictKey} always wins. */
public enum DictKeys {
  /** The property's JSON name ({@code @JsonProperty} value, else the property name). */
  JSON,
  /**
   * The property name converted to snake case, as the Python SDKs name their attributes:
   * {@code extId} becomes {@code ext_id}, {@code vmUUID} becomes {@code vm_uuid} and
   * {@code ipv4Address} becomes {@code ipv4_address}.
   */
  SNAKE_CASE
}
