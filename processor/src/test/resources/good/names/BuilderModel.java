package names;

import io.apimodel.ApiModel;

/** A model whose class is named like the nested builder of every model. */
@ApiModel
public interface BuilderModel {
  String text();
}
