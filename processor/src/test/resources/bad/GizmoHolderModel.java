package invalid;

import io.apimodel.ApiModel;

/** Gizmo is never generated: not by apimodel, not by anything else. */
@ApiModel
public interface GizmoHolderModel {
  String name();

  Gizmo gizmo();
}
