package crossref.base;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.apimodel.Default;
import java.util.Map;

/** A plain base interface in its own package, like the sample's PrismV4Object. */
public interface VersionedObject {
  @JsonProperty("$objectType")
  String objectType();

  @Default
  @JsonProperty("$reserved")
  default Map<String, String> reserved() {
    return Map.of("$fv", "v4.r0");
  }
}
