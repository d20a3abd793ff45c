package invalid.types;

import io.apimodel.ApiModel;
import java.util.Optional;

/** Optional<String>. */
@ApiModel
public interface OptionalModel {
  Optional<String> nickname();
}
