package invalid.jackson;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.apimodel.ApiModel;
import io.apimodel.JsonNames;

/** Two naming settings on one model. */
@ApiModel(jsonNames = JsonNames.KEBAB_CASE)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public interface TwiceNamedModel {
  String extId();
}
