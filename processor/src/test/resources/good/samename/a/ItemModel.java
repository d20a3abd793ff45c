package samename.a;

import io.apimodel.ApiModel;

/** Generates samename.a.Item. */
@ApiModel
public interface ItemModel {
  String label();
}
