package invalid.methods;

import io.apimodel.ApiModel;

/** An abstract method returning void. */
@ApiModel
public interface JobModel {
  String name();

  void run();
}
