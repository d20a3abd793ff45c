package naming;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.apimodel.ApiModel;

/** A snake_case API: Jackson's @JsonNaming instead of @JsonProperty on every property. */
@ApiModel
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public interface SnakeVmModel {
  String extId();

  Integer numVcpusPerSocket();

  String vmUUID();

  /** An explicit name wins over the strategy. */
  @JsonProperty("$objectType")
  String objectType();
}
