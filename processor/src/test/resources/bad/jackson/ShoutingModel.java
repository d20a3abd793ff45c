package invalid.jackson;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.apimodel.ApiModel;

/** A strategy of the user's own, whose names the processor cannot know. */
@ApiModel
@JsonNaming(ShoutingModel.Shouting.class)
public interface ShoutingModel {
  String extId();

  /** Upper case names. */
  final class Shouting extends PropertyNamingStrategies.NamingBase {
    private static final long serialVersionUID = 1L;

    @Override
    public String translate(String name) {
      return name.toUpperCase(java.util.Locale.ROOT);
    }
  }
}
