package laterunion;

import ext.Poll;
import io.apimodel.ApiModel;
import java.util.List;

/** Holds a union whose @OneOf interface another processor writes in round 1, and one declared here. */
@ApiModel
public interface ElectionModel {
  Poll poll();

  List<Vote> votes();
}
