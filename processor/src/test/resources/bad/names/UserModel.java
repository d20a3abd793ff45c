package invalid.names;

import io.apimodel.ApiModel;

/** Every method is getter style; getName() and isName() both become "name". */
@ApiModel
public interface UserModel {
  String getId();

  String getName();

  Boolean isName();
}
