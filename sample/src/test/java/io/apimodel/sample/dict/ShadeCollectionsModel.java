package io.apimodel.sample.dict;

import io.apimodel.ApiModel;
import java.util.List;
import java.util.Map;

/** An enum whose wire strings differ from its Java names, inside lists and maps. */
@ApiModel
public interface ShadeCollectionsModel {

  /** A single value. */
  Shade shade();

  /** A list of them. */
  List<Shade> shades();

  /** A map of them. */
  Map<String, Shade> shadeByName();

  /** A list of maps of them. */
  List<Map<String, Shade>> shadeMaps();
}
