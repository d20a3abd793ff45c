package invalid;

import io.apimodel.ApiModel;
import java.util.Date;

/** java.util.Date is not a supported type. */
@ApiModel
public interface DatedModel {
  String id();

  Date created();
}
