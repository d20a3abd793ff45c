package unions;

import io.apimodel.OneOf;
import io.apimodel.Variant;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What a response carries: an item, several items, or a plain value. The golden file of a union. */
@OneOf
public interface PayloadModel {
  /** One item. */
  @Variant("demo.Item")
  Item item();

  /** Several items. */
  @Variant("demo.Item")
  List<Item> items();

  String text();

  Boolean flag();

  Integer count();

  Long total();

  BigDecimal amount();

  List<String> tags();

  Map<String, String> labels();
}
