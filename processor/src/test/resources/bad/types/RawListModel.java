package invalid.types;

import io.apimodel.ApiModel;
import java.util.List;

/** A raw List. */
@ApiModel
public interface RawListModel {
  @SuppressWarnings("rawtypes")
  List tags();
}
