package invalid.target;

import io.apimodel.ApiModel;

/** A sealed model: the generated class is not among the permitted ones. */
@ApiModel
public sealed interface ShapeModel permits Circle {
  String name();
}

final class Circle implements ShapeModel {
  @Override
  public String name() {
    return "circle";
  }
}
