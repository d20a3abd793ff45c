package invalid.methods;

import io.apimodel.ApiModel;

/** A generic abstract method. */
@ApiModel
public interface BoxModel {
  String label();

  <T> T content();
}
