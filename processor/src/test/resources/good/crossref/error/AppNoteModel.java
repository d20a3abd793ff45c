package crossref.error;

import crossref.base.VersionedObject;
import io.apimodel.ApiModel;
import io.apimodel.Default;
import io.apimodel.Required;
import io.apimodel.Size;

/** A message, generated in crossref.error. */
@ApiModel
public interface AppNoteModel extends VersionedObject {
  @Required
  @Size(max = 5)
  String code();

  @Default
  @Override
  default String objectType() {
    return "error.AppNote";
  }
}
