package invalid.unions;

import io.apimodel.OneOf;
import io.apimodel.Variant;

/** Variants named like members of the generated class. */
@OneOf
public interface NamesModel {
  @Variant("invalid.unions.Thing") Thing kind();

  String value();

  Boolean unknown();

  Long Unknown();

  String finalize();

  Integer number();
}
