package invalid.names;

import io.apimodel.ApiModel;

/** Mixed styles, so no prefix is stripped; getName() and name() still mean the same thing. */
@ApiModel
public interface PersonModel {
  String getName();

  String name();
}
