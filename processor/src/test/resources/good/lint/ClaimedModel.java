package lint;

import io.apimodel.ApiModel;
import io.apimodel.Default;
import io.apimodel.DictKey;
import io.apimodel.Pattern;
import io.apimodel.Range;
import io.apimodel.Redacted;
import io.apimodel.Required;
import io.apimodel.Size;
import java.util.List;

/** Every apimodel annotation, and no other: a user build with -Xlint:all -Werror stays clean. */
@ApiModel
public interface ClaimedModel {
  @Required
  @Pattern("^[a-z]+$")
  String name();

  @Range(min = 0, max = 10)
  Integer level();

  @Size(max = 3)
  List<String> tags();

  @Redacted
  String password();

  @DictKey("display")
  String displayName();

  @Default
  default Integer retries() {
    return 3;
  }
}
