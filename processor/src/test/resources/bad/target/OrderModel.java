package invalid.target;

import io.apimodel.ApiModel;

/** Would generate invalid.target.Order, which is a hand-written class. */
@ApiModel
public interface OrderModel {
  String id();
}

class Order {}
