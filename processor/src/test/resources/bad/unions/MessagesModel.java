package invalid.unions;

import io.apimodel.OneOf;
import io.apimodel.Variant;
import java.util.List;

/** Two variants whose Kind constants would be one. */
@OneOf
public interface MessagesModel {
  @Variant("invalid.unions.Thing") List<Thing> appMessages();

  @Variant("invalid.unions.Thing") Thing app_messages();
}
