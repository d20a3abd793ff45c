package cycle.a;

import cycle.b.Customer;
import io.apimodel.ApiModel;
import io.apimodel.Required;

/** An order; refers to a class generated in package cycle.b, which refers back to this one. */
@ApiModel
public interface OrderModel {
  @Required
  String id();

  Customer customer();
}
