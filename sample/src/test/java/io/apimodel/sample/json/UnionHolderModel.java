package io.apimodel.sample.json;

import io.apimodel.ApiModel;
import java.util.List;
import java.util.Map;

/** Properties of the test unions, alone, in a list and in a map, for the union JSON tests of both mappings. */
@ApiModel
public interface UnionHolderModel {
  /** Scalars, scalar lists and a map. */
  ScalarChoice scalar();

  /** Long, Double, a list of booleans. */
  RatioChoice ratio();

  /** A model and a list of it, one discriminator. */
  MessageChoice message();

  /** Two models and two lists of models. */
  EntityChoice entity();

  /** A list of unions. */
  List<ScalarChoice> scalars();

  /** A map of unions. */
  Map<String, EntityChoice> entities();

  /** A list of unions of models. */
  List<MessageChoice> messages();
}
