package io.apimodel.sample.dict;

import io.apimodel.ApiModel;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Every supported scalar type, enums and nested collections; default {@code DictKeys.JSON}. */
@ApiModel
public interface ScalarsModel {

  /** A string. */
  String text();

  /** A primitive boolean. */
  boolean flag();

  /** A primitive int. */
  int count();

  /** A primitive long. */
  long total();

  /** A primitive double. */
  double ratio();

  /** A boxed boolean. */
  Boolean boxedFlag();

  /** A boxed int. */
  Integer boxedCount();

  /** A boxed long. */
  Long boxedTotal();

  /** A boxed double. */
  Double boxedRatio();

  /** A decimal. */
  BigDecimal amount();

  /** A big integer. */
  BigInteger bigNumber();

  /** A UUID. */
  UUID uuid();

  /** A date-time. */
  OffsetDateTime at();

  /** A date. */
  LocalDate day();

  /** Any JSON value. */
  Object any();

  /** An enum. */
  Shade shade();

  /** A list of enums without wire strings. */
  List<Tone> tones();

  /** A map of enums without wire strings. */
  Map<String, Tone> toneByName();

  /** A nested model. */
  Leaf leaf();

  /** Lists of maps of lists of models. */
  List<Map<String, List<Leaf>>> nested();

  /** A map of any JSON values. */
  Map<String, Object> extras();

  /** A list of lists of strings. */
  List<List<String>> matrix();

  /** A list of date-times. */
  List<OffsetDateTime> times();

  /** A list of doubles. */
  List<Double> doubles();
}
