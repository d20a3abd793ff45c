package invalid.types;

import io.apimodel.ApiModel;
import java.util.Map;

/** A map whose keys are not strings. */
@ApiModel
public interface IntKeyModel {
  Map<Integer, String> names();
}
