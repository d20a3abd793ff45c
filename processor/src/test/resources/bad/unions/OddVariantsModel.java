package invalid.unions;

import io.apimodel.OneOf;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Every variant here has a type that a variant cannot have. */
@OneOf
public interface OddVariantsModel {
  int count();

  boolean enabled();

  OffsetDateTime when();

  Color color();

  Object any();

  List<List<String>> matrix();

  Map<String, Integer> counts();

  Choice choice();

  ChoiceModel choiceModel();

  ThingModel thingModel();

  enum Color { RED, GREEN }
}
