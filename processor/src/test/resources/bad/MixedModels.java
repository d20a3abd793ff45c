package invalid;

import io.apimodel.ApiModel;

/** A good model: generated although the other model of this file has an error. */
@ApiModel
interface GoodModel {
  String name();
}

/** A broken model: no class for it. */
@ApiModel
interface BrokenModel {
  String name();

  java.util.Date when();
}
