package invalid.types;

import io.apimodel.ApiModel;

/** Extends an interface that exists nowhere. */
@ApiModel
public interface OrphanModel extends Parentage {
  String name();
}
