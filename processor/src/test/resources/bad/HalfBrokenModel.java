package invalid;

import io.apimodel.ApiModel;

/** An error found in the first round, and a type that is still missing at the end. */
@ApiModel
public interface HalfBrokenModel {
  String name(String locale);

  Gizmo gizmo();
}
