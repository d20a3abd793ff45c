package invalid.unions;

import io.apimodel.OneOf;

/** A union that asks for the class ThingModel generates. */
@OneOf(name = "Thing")
public interface ThingChoiceModel {
  String text();

  Long number();
}
