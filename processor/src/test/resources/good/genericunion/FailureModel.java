package genericunion;

import io.apimodel.ApiModel;

@ApiModel
public interface FailureModel {
  String reason();
}
