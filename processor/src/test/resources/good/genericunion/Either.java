package genericunion;

import io.apimodel.Variant;

/** A generic super-interface: the variants are typed by the union's type arguments. */
public interface Either<L, R> {
  @Variant("genericunion.Failure")
  L failure();

  R success();
}
