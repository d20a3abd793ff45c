package invalid.unions;

import io.apimodel.OneOf;

@OneOf
public class OutcomeModel {
  public String text() {
    return "";
  }
}
