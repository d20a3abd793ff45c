package unionscope.c;

import io.apimodel.ApiModel;

@ApiModel
public interface TaskModel {
  String title();
}
