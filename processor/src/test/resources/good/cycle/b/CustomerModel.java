package cycle.b;

import cycle.a.Order;
import io.apimodel.ApiModel;
import io.apimodel.Required;
import java.util.List;

/** A customer with the orders generated from cycle.a.OrderModel. */
@ApiModel
public interface CustomerModel {
  @Required
  String name();

  List<Order> orders();
}
