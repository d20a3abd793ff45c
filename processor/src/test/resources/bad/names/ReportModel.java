package invalid.names;

import io.apimodel.ApiModel;
import java.util.Map;

/** A default method named like a generated member, with another return type. */
@ApiModel
public interface ReportModel {
  String title();

  default Map<String, String> toDict() {
    return Map.of("title", title());
  }
}
