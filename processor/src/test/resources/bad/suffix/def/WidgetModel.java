package invalid.suffix.def;

import io.apimodel.ApiModel;

/** Ends in Model, but this package's suffix is Def. */
@ApiModel
public interface WidgetModel {
  String name();
}
