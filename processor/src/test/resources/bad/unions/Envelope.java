package invalid.unions;

import io.apimodel.OneOf;

public class Envelope {
  @OneOf
  private interface DataModel {
    String text();
  }
}
