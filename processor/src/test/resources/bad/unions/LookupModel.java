package invalid.unions;

import io.apimodel.OneOf;

@OneOf
public interface LookupModel {
  String text();

  String task(int attempt);
}
