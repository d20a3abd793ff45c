package names;

import io.apimodel.ApiModel;
import io.apimodel.Pattern;

/** As in Prism's common.v1.config: a model FQDN ... */
@ApiModel
public interface FQDNModel {
  @Pattern("^[a-z0-9.-]+$")
  String value();
}
