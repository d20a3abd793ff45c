package discovery;

import io.apimodel.ApiModel;

/** Not every property is getX()/isX() style, so no prefix is stripped. */
@ApiModel
public interface MixedStyleModel {
  String getExtId();

  Boolean isCancelable();

  String name();
}
