package invalid.unions;

import io.apimodel.OneOf;

/** Behaviour only: a default method is no variant. */
@OneOf
public interface EmptyModel {
  default String describe() {
    return "nothing";
  }
}
