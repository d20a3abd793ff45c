package names;

import io.apimodel.ApiModel;

/** A model whose class is named like the nested JSON codec of every model. */
@ApiModel
public interface JsonModel {
  String text();
}
