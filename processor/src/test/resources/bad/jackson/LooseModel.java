package invalid.jackson;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.apimodel.ApiModel;
import java.time.OffsetDateTime;

/** Jackson annotations that apimodel's mapping does not read: each one a warning; the model is generated. */
@ApiModel
@JsonIgnoreProperties(ignoreUnknown = true)
public interface LooseModel {
  @JsonIgnore // out of JSON, the Jackson way
  String secret();

  @JsonFormat(pattern = "yyyy-MM-dd")
  OffsetDateTime created();

  @JsonInclude(JsonInclude.Include.ALWAYS)
  String note();

  @JsonProperty(value = "id", required = true)
  String extId();

  @JsonProperty(access = JsonProperty.Access.READ_ONLY)
  String status();

  @JsonProperty(value = "label", required = false)
  @JsonPropertyDescription("documentation only: no warning")
  String name();
}
