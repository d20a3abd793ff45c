package invalid.names;

import io.apimodel.ApiModel;

/** url() and Url() would both get setUrl(). */
@ApiModel
public interface LinkModel {
  String url();

  String Url();
}
