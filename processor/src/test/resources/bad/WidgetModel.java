package invalid;

import io.apimodel.ApiModel;

/** @ApiModel on a class. */
@ApiModel
public class WidgetModel {
  public String name() {
    return "w";
  }
}
