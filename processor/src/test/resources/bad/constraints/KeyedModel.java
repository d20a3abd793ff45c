package invalid.constraints;

import io.apimodel.ApiModel;
import io.apimodel.DictKey;

/** The same @DictKey twice. */
@ApiModel
public interface KeyedModel {
  @DictKey("id")
  String first();

  @DictKey("id") String second();
}
