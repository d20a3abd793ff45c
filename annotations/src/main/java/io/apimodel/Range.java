package io.apimodel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Inclusive bounds on a numeric property ({@code int}, {@code long}, {@code double}, their boxes,
 * {@code BigDecimal}, {@code BigInteger}). A null value passes. Messages:
 * {@code Invalid value for `progressPercentage`, must be a value less than or equal to `100`} and
 * {@code ... greater than or equal to `0`}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Range {

  /** The smallest allowed value, inclusive. */
  long min() default Long.MIN_VALUE;

  /** The largest allowed value, inclusive. */
  long max() default Long.MAX_VALUE;
}
