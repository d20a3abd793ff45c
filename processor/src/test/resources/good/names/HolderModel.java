package names;

import io.apimodel.ApiModel;
import java.util.List;

/** Holds the models with awkward names, so that their codecs and builders are called from outside. */
@ApiModel
public interface HolderModel {
  Builder builderPart();

  List<Json> jsonParts();

  Descriptor descriptorPart();

  Widget widget();
}
