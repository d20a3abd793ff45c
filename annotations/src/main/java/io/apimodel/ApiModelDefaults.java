package io.apimodel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Settings for every {@link ApiModel} interface in a package and the packages below it, written
 * once on the package ({@code package-info.java}) instead of on each model:
 *
 * <pre>{@code
 * @ApiModelDefaults(suffix = "Def", dictKeys = DictKeys.SNAKE_CASE, jsonNames = JsonNames.PROPERTY_NAMES)
 * package com.example.vmm.v4;
 * }</pre>
 *
 * <p>A model takes the settings of the nearest package that has this annotation (its own, else
 * its parent's, and so on); a nearer one replaces a farther one as a whole. What a model sets
 * itself ({@link ApiModel#name()}, {@link ApiModel#dictKeys()}, {@link ApiModel#jsonNames()},
 * Jackson's {@code @JsonNaming}) wins over the package.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface ApiModelDefaults {
  /**
   * The suffix that interface names end with and that the generated class names drop:
   * {@code TaskDef} generates {@code Task} with {@code suffix = "Def"}. Not empty (the class would
   * be named like its interface). Interfaces that do not end with it must set
   * {@link ApiModel#name()}.
   */
  String suffix() default "Model";

  /** How {@code toDict()} names its keys, for models that do not say. */
  DictKeys dictKeys() default DictKeys.JSON;

  /** How JSON names are formed from property names, for models that do not say. */
  JsonNames jsonNames() default JsonNames.PROPERTY_NAMES;
}
