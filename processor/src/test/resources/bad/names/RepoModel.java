package invalid.names;

import io.apimodel.ApiModel;

/** Getter style: isPublic() would become the property "public". */
@ApiModel
public interface RepoModel {
  String getName();

  Boolean isPublic();
}
