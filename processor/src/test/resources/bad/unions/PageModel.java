package invalid.unions;

import io.apimodel.OneOf;

@OneOf
public interface PageModel<T> {
  String text();
}
