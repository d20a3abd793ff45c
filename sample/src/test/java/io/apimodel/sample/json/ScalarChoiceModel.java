package io.apimodel.sample.json;

import io.apimodel.OneOf;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A union of every scalar shape SPEC §8 allows but {@code Double} (which cannot sit with
 * {@code BigDecimal}: {@link RatioChoiceModel} has it), two scalar lists and the string map, for the
 * union JSON tests of both mappings.
 */
@OneOf
public interface ScalarChoiceModel {
  /** A JSON string. */
  String text();

  /** true or false. */
  Boolean flag();

  /** An integer that fits an int. */
  Integer small();

  /** An integer that fits a long but not an int. */
  Long big();

  /** Any other number. */
  BigDecimal exact();

  /** An array whose first item is a string. */
  List<String> words();

  /** An array whose first item is an integer. */
  List<Long> numbers();

  /** An object without {@code $objectType}. */
  Map<String, String> labels();
}
