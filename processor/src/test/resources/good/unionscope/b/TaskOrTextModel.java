package unionscope.b;

import io.apimodel.OneOf;
import io.apimodel.Variant;

/** A union named like one of its variants' types, which is in another package. */
@OneOf(name = "Task")
public interface TaskOrTextModel {
  @Variant("c.Task")
  unionscope.c.Task task();

  String text();
}
