package io.apimodel;

/**
 * How the JSON names of a model's properties are formed from the property names, like Jackson's
 * standard {@code PropertyNamingStrategies} (and with their exact rules). An explicit
 * {@code @JsonProperty("name")} always wins. Set per model with {@link ApiModel#jsonNames()} or
 * Jackson's own {@code @JsonNaming}, or for a package with {@link ApiModelDefaults#jsonNames()}.
 */
public enum JsonNames {
  /** The property name as declared: {@code extId} stays {@code extId}. */
  PROPERTY_NAMES,
  /** {@code extId} becomes {@code ext_id}, {@code vmUUID} becomes {@code vm_uuid}. */
  SNAKE_CASE,
  /** {@code extId} becomes {@code EXT_ID}. */
  UPPER_SNAKE_CASE,
  /** {@code extId} becomes {@code ExtId}. */
  UPPER_CAMEL_CASE,
  /** {@code extId} becomes {@code extid}. */
  LOWER_CASE,
  /** {@code extId} becomes {@code ext-id}. */
  KEBAB_CASE,
  /** {@code extId} becomes {@code ext.id}. */
  LOWER_DOT_CASE
}
