package invalid.unions;

import io.apimodel.OneOf;

@OneOf
public interface Answer {
  String text();
}
