package apiobject;

import io.apimodel.ApiModel;
import io.apimodel.Required;
import io.apimodel.runtime.ApiObject;

/** An interface that extends ApiObject, so that code holding a VmModel can call toDict(). */
@ApiModel
public interface VmModel extends ApiObject {
  @Required
  String name();
}
