package constraints;

import io.apimodel.ApiModel;
import io.apimodel.Pattern;
import io.apimodel.Range;
import io.apimodel.Redacted;
import io.apimodel.Required;
import io.apimodel.Size;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/** Constraints the sample does not use. */
@ApiModel
public interface ConstrainedModel {
  @Required
  String status();

  @Redacted
  @Size(min = 8)
  String secret();

  @Range(min = -5, max = 5)
  Long offset();

  @Range(min = 0, max = 1)
  Double fraction();

  @Range(min = 1, max = 10)
  BigDecimal price();

  @Range(min = 0, max = 1000)
  BigInteger units();

  @Range(min = 1, max = 3)
  int level();

  @Range(max = 100)
  double weight();

  @Size(min = 1, max = 2)
  Map<String, String> labels();

  @Pattern("[0-9]+")
  String code();
}
