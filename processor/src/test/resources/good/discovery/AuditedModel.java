package discovery;

import io.apimodel.ApiModel;
import io.apimodel.Required;

/** An annotated super-interface: a model of its own and a base of TaskModel. */
@ApiModel
public interface AuditedModel {
  @Required
  String createdBy();
}
