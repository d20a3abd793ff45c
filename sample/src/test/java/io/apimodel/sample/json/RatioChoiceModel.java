package io.apimodel.sample.json;

import io.apimodel.OneOf;
import java.util.List;

/**
 * A union with {@code Long} and {@code Double} but no {@code BigDecimal}, and one scalar list, for
 * the union JSON tests of both mappings.
 */
@OneOf
public interface RatioChoiceModel {
  /** An integer that fits a long. */
  Long count();

  /** A number with a fraction or an exponent, or an integer a double holds exactly. */
  Double ratio();

  /** An array whose first item is true or false. */
  List<Boolean> flags();
}
