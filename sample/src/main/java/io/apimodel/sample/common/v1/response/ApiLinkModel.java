package io.apimodel.sample.common.v1.response;

import io.apimodel.ApiModel;
import io.apimodel.Default;
import io.apimodel.DictKeys;
import io.apimodel.sample.common.v1.config.CommonV1Object;

/**
 * A HATEOAS style link of a response: a name for the link and the address of the resource it
 * leads to.
 */
@ApiModel(dictKeys = DictKeys.SNAKE_CASE)
public interface ApiLinkModel extends CommonV1Object {

  /** The URL at which the entity described by the link can be accessed. */
  String href();

  /**
   * A name that identifies the relationship of the link to the object that is returned by the URL,
   * for example {@code self}, {@code first} or {@code last}. The unique value {@code self}
   * identifies the URL for the object.
   */
  String rel();

  /** The type name of this object, {@code common.v1.response.ApiLink}. */
  @Default
  @Override
  default String objectType() {
    return "common.v1.response.ApiLink";
  }
}
