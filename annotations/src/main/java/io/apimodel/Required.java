package io.apimodel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The property must not be null. Checked by its setter, by {@code validate()}, by the builder's
 * {@code build()} and when JSON is read. Message:
 * {@code Invalid value for `status`, must not be null}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Required {}
