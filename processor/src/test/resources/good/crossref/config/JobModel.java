package crossref.config;

import crossref.base.VersionedObject;
import crossref.error.AppNote;
import io.apimodel.ApiModel;
import io.apimodel.Default;
import io.apimodel.Size;
import java.util.List;

/** Like the sample's TaskModel: refers to a class generated in another package, by import. */
@ApiModel
public interface JobModel extends VersionedObject {
  String name();

  @Size(max = 2)
  List<AppNote> notes();

  AppNote lastNote();

  @Default
  @Override
  default String objectType() {
    return "config.Job";
  }
}
