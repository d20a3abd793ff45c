package io.apimodel.sample.dict;

import io.apimodel.ApiModel;
import io.apimodel.DictKeys;
import io.apimodel.Redacted;
import java.util.List;
import java.util.Map;

/** {@code @Redacted} properties of several kinds. */
@ApiModel(dictKeys = DictKeys.SNAKE_CASE)
public interface SecretsModel {

  /** Not redacted. */
  String user();

  /** A redacted string. */
  @Redacted
  String password();

  /** A redacted boxed int. */
  @Redacted
  Integer pin();

  /** A redacted primitive int: never null. */
  @Redacted
  int seed();

  /** A redacted nested model. */
  @Redacted
  Leaf credentials();

  /** A redacted list. */
  @Redacted
  List<String> tokens();

  /** A redacted map. */
  @Redacted
  Map<String, Object> headers();

  /** Not redacted, but holds models with redacted values. */
  List<Secrets> children();
}
