package invalid.methods;

import io.apimodel.ApiModel;

/** Inherits a bad method from another file. */
@ApiModel
public interface ArticleModel extends Localized {
  String body();
}
