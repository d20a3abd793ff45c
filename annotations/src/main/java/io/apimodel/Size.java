package io.apimodel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Inclusive bounds on the length of a {@code String} (counted in code points, like Python's
 * {@code len}) or the number of items of a {@code List} or {@code Map}. A null value passes.
 * Messages: {@code Invalid value for `name`, length must be less than or equal to `256`} and
 * {@code Invalid value for `subSteps`, number of items must be less than or equal to `50`}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Size {

  /** The smallest allowed length or number of items, inclusive. */
  int min() default 0;

  /** The largest allowed length or number of items, inclusive. */
  int max() default Integer.MAX_VALUE;
}
