package io.apimodel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The property's value is secret: {@code toString()}, {@code toStr()} and violation messages show
 * {@code ***} instead of it. It is still returned by its accessor, {@code toDict()} and JSON.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Redacted {}
