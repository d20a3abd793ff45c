package invalid.target;

import io.apimodel.ApiModel;

/** The first model to claim invalid.target.Item: it is generated. */
@ApiModel
public interface ItemModel {
  String sku();
}

/** Would generate invalid.target.Item too. */
@ApiModel(name = "Item")
interface ArticleModel {
  String title();
}
