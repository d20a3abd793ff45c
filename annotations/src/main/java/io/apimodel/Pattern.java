package io.apimodel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code String} property must contain a match of this regular expression
 * ({@link java.util.regex.Matcher#find()} semantics, like Python's {@code re.search}; anchor it
 * with {@code ^} and {@code $} to match the whole value). A null value passes. The pattern is
 * compiled once per generated class. Message:
 * {@code Invalid value for `extId`, must match pattern `/<regex>/`}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Pattern {

  /** The regular expression, in {@link java.util.regex.Pattern} syntax. */
  String value();
}
