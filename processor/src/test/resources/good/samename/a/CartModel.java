package samename.a;

import io.apimodel.ApiModel;
import java.util.List;
import samename.b.Item;

/**
 * In package samename.a, but imports samename.b.Item: the single-type import shadows the
 * samename.a.Item of its own package, so first and items are of type samename.b.Item; local
 * names samename.a.Item by its qualified name.
 */
@ApiModel
public interface CartModel {
  Item first();

  List<Item> items();

  samename.a.Item local();
}
