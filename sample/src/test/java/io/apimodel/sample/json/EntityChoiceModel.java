package io.apimodel.sample.json;

import io.apimodel.OneOf;
import io.apimodel.Variant;
import io.apimodel.sample.common.v1.config.KVPair;
import java.util.List;

/**
 * A union of two models and two lists of models, one of them a model without a {@code $objectType}
 * property ({@link MeasureModel}: its discriminator is kept among its unknown fields), for the union
 * JSON tests of both mappings: an object or an array's first item without {@code $objectType} is
 * {@code UNKNOWN} here, and so is an empty array.
 */
@OneOf
public interface EntityChoiceModel {
  /** A pair. */
  @Variant("common.v1.config.KVPair")
  KVPair pair();

  /** A measure. */
  @Variant("test.Measure")
  Measure measure();

  /** Several pairs. */
  @Variant("common.v1.config.KVPair")
  List<KVPair> pairs();

  /** Several measures. */
  @Variant("test.Measure")
  List<Measure> measures();
}
