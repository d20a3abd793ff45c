package invalid.target;

import io.apimodel.ApiModel;

/** A model nested in a private class: as hidden as a private one. */
public class Geometry {
  private static final class Shapes {
    @ApiModel
    interface CornerModel {
      Integer x();
    }
  }
}
