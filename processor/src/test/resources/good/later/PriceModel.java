package later;

import ext.Currency;
import io.apimodel.ApiModel;
import java.math.BigDecimal;

/** ext.Currency does not exist in the first round: another processor generates it. */
@ApiModel
public interface PriceModel {
  BigDecimal amount();

  Currency currency();
}
