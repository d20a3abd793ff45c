package io.apimodel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a default method of an {@link ApiModel} interface as a property whose initial value is what
 * the method returns. The method is called once for every new instance: in the generated no-arg
 * constructor and in {@code builder()}. Default methods without this annotation are plain
 * behaviour, inherited by the generated class untouched.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Default {}
