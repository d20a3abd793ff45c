package io.apimodel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The key under which {@code toDict()} puts this property, whatever {@link DictKeys} says. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface DictKey {

  /** The key; must not be empty. */
  String value();
}
