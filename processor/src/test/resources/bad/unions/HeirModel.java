package invalid.unions;

import io.apimodel.OneOf;

@OneOf
public interface HeirModel extends UntaggedBase {
  String text();
}
