package io.apimodel.sample.json;

import io.apimodel.ApiModel;
import java.math.BigDecimal;

/** Numbers of every width, for the JSON tests of both mappings (no sample model has a BigDecimal). */
@ApiModel
public interface MeasureModel {
  /** An exact decimal. */
  BigDecimal amount();

  /** A double. */
  Double ratio();

  /** Any JSON value. */
  Object reading();
}
