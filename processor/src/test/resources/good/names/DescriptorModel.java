package names;

import io.apimodel.ApiModel;

/** A model named like the generator's nested descriptor class. */
@ApiModel
public interface DescriptorModel {
  String text();
}
