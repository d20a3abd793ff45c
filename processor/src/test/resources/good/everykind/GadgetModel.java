package everykind;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.apimodel.ApiModel;
import io.apimodel.Default;
import io.apimodel.DictKey;
import io.apimodel.DictKeys;
import io.apimodel.Pattern;
import io.apimodel.Range;
import io.apimodel.Redacted;
import io.apimodel.Required;
import io.apimodel.Size;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A model with a property of every kind: the golden file of the generated codec. */
@ApiModel(dictKeys = DictKeys.SNAKE_CASE)
public interface GadgetModel {
  /** The kind of object, as the API names it. */
  @Default
  @JsonProperty("$objectType")
  default String objectType() {
    return "demo.Gadget";
  }

  /** Reserved for the API. */
  @Default
  @JsonProperty("$reserved")
  default Map<String, String> reserved() {
    return Map.of("$fv", "v1.r0");
  }

  /** The identifier. */
  @Required
  @Pattern("^[a-z]+-[0-9]+$")
  @JsonAlias("id")
  String extId();

  @Size(min = 1, max = 64)
  String name();

  boolean enabled();

  @Range(min = 0, max = 8)
  int cores();

  long bytes();

  double load();

  Boolean shared();

  @Range(min = 0, max = 100)
  Integer percent();

  Long total();

  Double ratio();

  BigDecimal price();

  BigInteger serial();

  UUID uuid();

  OffsetDateTime createdAt();

  LocalDate since();

  /** The mode; unknown wire strings read as UNKNOWN and are kept. */
  Mode mode();

  Level level();

  Part main();

  @Size(max = 10)
  List<String> tags();

  List<Mode> modes();

  List<Part> parts();

  Map<String, Integer> counts();

  Map<String, Mode> modeByName();

  Map<String, Part> partByName();

  List<List<String>> matrix();

  Map<String, List<Part>> groups();

  @Redacted
  @DictKey("secret_value")
  String secret();

  Object any();

  List<Object> anything();
}
