package selfref;

import io.apimodel.ApiModel;
import java.util.List;

/** A node of a category tree: refers to the class generated from itself. */
@ApiModel
public interface CategoryNodeModel {
  String name();

  List<CategoryNode> children();
}
