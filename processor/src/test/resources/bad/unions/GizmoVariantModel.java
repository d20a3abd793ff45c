package invalid.unions;

import io.apimodel.OneOf;
import io.apimodel.Variant;

/** A variant of a type that no interface of this build generates. */
@OneOf
public interface GizmoVariantModel {
  @Variant("invalid.unions.Gizmo")
  Gizmo gizmo();

  String text();
}
