package invalid.warn;

import io.apimodel.ApiModel;
import io.apimodel.Size;

/** A constraint on a default method that is not a property. */
@ApiModel
public interface SummaryModel {
  String text();

  @Size(max = 10)
  default String summary() {
    return text();
  }
}
