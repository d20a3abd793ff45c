package names;

import io.apimodel.ApiModel;

/** ... and a model with a property fqdn of that type, whose constant is named like the class. */
@ApiModel
public interface IPAddressOrFQDNModel {
  String ipv4();

  FQDN fqdn();

  java.util.List<FQDN> FQDNs();
}
