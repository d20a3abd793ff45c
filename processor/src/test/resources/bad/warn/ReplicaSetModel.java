package invalid.warn;

import io.apimodel.ApiModel;
import io.apimodel.Default;
import io.apimodel.Range;

/** Primitive properties whose @Range excludes 0: required in effect, unless they have a @Default. */
@ApiModel
public interface ReplicaSetModel {
  @Range(min = 1, max = 7)
  int replicas();

  @Range(max = -1)
  long offset();

  @Range(min = 1, max = 9)
  Integer optionalReplicas();

  @Range(min = 0, max = 9)
  int spares();

  @Range(min = 1)
  @Default
  default int minimum() {
    return 1;
  }
}
