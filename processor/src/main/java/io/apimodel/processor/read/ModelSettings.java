package io.apimodel.processor.read;

import io.apimodel.JsonNames;

/**
 * What a model's own annotations, Jackson's {@code @JsonNaming} and the nearest package's
 * {@code @ApiModelDefaults} settle between them.
 *
 * @param suffix what interface names end with and generated class names drop ({@code Model})
 * @param snakeCaseDictKeys whether {@code toDict()} keys are the snake-cased property names
 * @param jsonNames how JSON names are formed from property names
 */
public record ModelSettings(String suffix, boolean snakeCaseDictKeys, JsonNames jsonNames) {

  /** The settings of a model that sets nothing, in a package that sets nothing. */
  public static final ModelSettings DEFAULT = new ModelSettings("Model", false, JsonNames.PROPERTY_NAMES);
}
