package io.apimodel.sample.dict;

import io.apimodel.ApiModel;

/** A small nested model with the default {@code DictKeys.JSON}. */
@ApiModel
public interface LeafModel {

  /** A name. */
  String name();

  /** A size. */
  Integer size();
}
