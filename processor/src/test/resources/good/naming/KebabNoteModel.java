package naming;

import io.apimodel.ApiModel;
import io.apimodel.JsonNames;

/** JSON naming without jackson-databind: @ApiModel(jsonNames). */
@ApiModel(jsonNames = JsonNames.KEBAB_CASE)
public interface KebabNoteModel {
  String noteText();

  Integer pageCount();
}
