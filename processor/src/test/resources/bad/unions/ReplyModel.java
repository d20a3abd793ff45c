package invalid.unions;

import io.apimodel.OneOf;

@OneOf(name = "bad-name")
public interface ReplyModel {
  String text();
}
