package io.apimodel.sample.jackson3;

import io.apimodel.ApiModel;
import io.apimodel.Default;
import java.util.Map;

/** A link whose defaults hold slashes, which some generator settings escape. */
@ApiModel
public interface LinkModel {

  /** The link's relation; its default is written pre-encoded where the generator allows. */
  @Default
  default String rel() {
    return "self/canonical";
  }

  /** Where it points. */
  String href();

  /** A map default, pre-encoded too. */
  @Default
  default Map<String, String> meta() {
    return Map.of("$fv", "v4/r0");
  }
}
