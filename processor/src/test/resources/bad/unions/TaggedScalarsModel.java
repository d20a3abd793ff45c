package invalid.unions;

import io.apimodel.OneOf;
import io.apimodel.Variant;
import java.util.List;
import java.util.Map;

/** @Variant on variants that JSON tells apart by type: legal, but it does nothing. */
@OneOf
public interface TaggedScalarsModel {
  @Variant("invalid.unions.Text")
  String text();

  @Variant("invalid.unions.Tags")
  List<String> tags();

  @Variant("invalid.unions.Labels")
  Map<String, String> labels();

  @Variant("invalid.unions.Thing")
  Thing thing();
}
