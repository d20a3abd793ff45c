package notes;

import io.apimodel.ApiModel;
import io.apimodel.Pattern;
import io.apimodel.Range;
import io.apimodel.Size;
import java.util.List;

/** A short note. */
@ApiModel
public interface NoteModel {
  /** The title of the note; it starts with a letter or digit. */
  @Size(min = 1, max = 80)
  @Pattern("^[A-Za-z0-9]")
  String title();

  /** How important the note is. */
  @Range(min = 0, max = 5)
  Integer priority();

  /** Free-form tags. */
  List<String> tags();
}
