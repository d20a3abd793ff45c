package invalid.names;

import io.apimodel.ApiModel;

/** A property named like Object's finalize(), which returns void. */
@ApiModel
public interface LegacyModel {
  String finalize();
}
