package io.apimodel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks the apimodel processor to generate a model class for the annotated interface.
 *
 * <p>The interface must not be generic or private. Every abstract method without parameters
 * (declared here or inherited) is a property; a default method marked {@link Default} is a property
 * with an initial value. The generated class is {@code public final}, lives in the interface's
 * package and implements the interface and {@link io.apimodel.runtime.ApiObject}.
 *
 * <pre>{@code
 * @ApiModel
 * public interface TaskModel {
 *   @Range(min = 0, max = 100) Integer progressPercentage();
 * }
 * // javac writes: public final class Task implements TaskModel, ApiObject { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ApiModel {

  /**
   * The simple name of the generated class. When empty, the interface's name without its
   * {@code Model} suffix is used ({@code TaskModel} becomes {@code Task}; another suffix can be
   * set for a package with {@link ApiModelDefaults#suffix()}); an interface without that suffix
   * must then name its class here.
   */
  String name() default "";

  /**
   * How {@code toDict()} names its keys; when not set, the package's {@link ApiModelDefaults}
   * decide, else the JSON names.
   */
  DictKeys dictKeys() default DictKeys.JSON;

  /**
   * How JSON names are formed from property names; when not set, Jackson's {@code @JsonNaming} on
   * the interface or the package's {@link ApiModelDefaults} decide, else the property names.
   */
  JsonNames jsonNames() default JsonNames.PROPERTY_NAMES;
}
