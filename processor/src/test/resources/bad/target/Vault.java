package invalid.target;

import io.apimodel.ApiModel;

/** A private nested model interface. */
public class Vault {
  @ApiModel
  private interface SecretModel {
    String code();
  }
}
