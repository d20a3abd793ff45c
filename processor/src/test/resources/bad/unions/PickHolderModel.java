package invalid.unions;

import io.apimodel.ApiModel;
import java.util.List;

/** Properties typed with the @OneOf interface instead of the union class it generates. */
@ApiModel
public interface PickHolderModel {
  ChoiceModel choice();

  List<ChoiceModel> choices();
}
