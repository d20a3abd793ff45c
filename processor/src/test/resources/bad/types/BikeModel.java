package invalid.types;

import io.apimodel.ApiModel;
import java.util.List;

/** Refers to the interface WheelModel instead of the class Wheel that it generates. */
@ApiModel
public interface BikeModel {
  List<WheelModel> wheels();
}
