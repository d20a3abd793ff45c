package invalid;

import io.apimodel.ApiModel;

/** An abstract method with a parameter cannot be a property. */
@ApiModel
public interface LocalizedModel {
  String id();

  String name(String locale);
}
