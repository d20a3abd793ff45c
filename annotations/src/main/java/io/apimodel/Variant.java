package io.apimodel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The discriminator of a variant of a {@link OneOf} union: the {@code $objectType} that a JSON
 * object of this variant carries (for a list variant, its items' {@code $objectType}), such as
 * {@code "prism.v4.config.Task"}. Model and list-of-model variants need one; scalar, scalar-list
 * and map variants are told apart by their JSON type and take none.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Variant {

  /** The {@code $objectType} of this variant's JSON objects. */
  String value();
}
