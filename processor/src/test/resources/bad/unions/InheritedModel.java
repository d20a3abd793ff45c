package invalid.unions;

import io.apimodel.OneOf;

/** A union whose variants are declared in an interface it extends, @Variant and all. */
@OneOf
public interface InheritedModel extends Shapes {
  String text();
}
