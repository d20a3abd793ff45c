package laterunion;

import ext.Ballot;
import io.apimodel.OneOf;
import io.apimodel.Variant;

/** A union whose model variant comes from an @ApiModel interface that another processor writes in round 1. */
@OneOf
public interface VoteModel {
  @Variant("ext.Ballot")
  Ballot ballot();

  String abstention();
}
