package genericunion;

import io.apimodel.OneOf;

/** failure() is a Failure here, success() a String. */
@OneOf
public interface OutcomeModel extends Either<Failure, String> {}
