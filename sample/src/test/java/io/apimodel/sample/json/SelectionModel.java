package io.apimodel.sample.json;

import io.apimodel.ApiModel;
import io.apimodel.Required;
import java.util.List;

/** Required members, for reading partial objects (a {@code $select} projection) in both mappings. */
@ApiModel
public interface SelectionModel {
  /** Always there in a full object. */
  @Required
  String extId();

  /** Also required in a full object. */
  @Required
  String name();

  /** Optional. */
  String note();

  /** Nested selections. */
  List<Selection> children();
}
