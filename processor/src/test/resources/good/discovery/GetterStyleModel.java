package discovery;

import io.apimodel.ApiModel;
import io.apimodel.Default;
import io.apimodel.Size;
import java.util.List;

/** Every property method is getX()/isX() style, so the prefixes are stripped. */
@ApiModel
public interface GetterStyleModel {
  String getExtId();

  Boolean isCancelable();

  @Size(max = 1)
  List<String> getTags();

  String getURL();

  @Default
  default Integer getRetries() {
    return 3;
  }

  /** Not a property, so it does not count for the prefix rule. */
  default String describe() {
    return getExtId() + "/" + getRetries();
  }

  /** Static: ignored, even though getter-named. */
  static String getVersion() {
    return "1";
  }
}
