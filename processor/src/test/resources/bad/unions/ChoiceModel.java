package invalid.unions;

import io.apimodel.OneOf;

/** A good union, which another union cannot take as a variant. */
@OneOf
public interface ChoiceModel {
  String text();

  Long number();
}
