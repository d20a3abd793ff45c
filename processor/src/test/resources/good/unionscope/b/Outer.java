package unionscope.b;

import io.apimodel.OneOf;
import io.apimodel.Variant;
import java.util.List;
import unionscope.c.Task;

/** Holds a union interface. */
public interface Outer {

  /**
   * A union nested in an interface, whose variants are a model named Kind (like the union class's
   * enum) and a model of another package.
   */
  @OneOf
  interface ChoiceModel {
    @Variant("b.Kind")
    Kind asKind();

    @Variant("b.Kind")
    List<Kind> kinds();

    @Variant("c.Task")
    Task task();
  }
}
