package invalid.unions;

import io.apimodel.OneOf;

@OneOf
public enum StatusModel {
  OK,
  FAILED
}
