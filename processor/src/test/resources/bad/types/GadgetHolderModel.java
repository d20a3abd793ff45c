package invalid.types;

import io.apimodel.ApiModel;

/** A class that is neither a model nor a supported type. */
@ApiModel
public interface GadgetHolderModel {
  Gadget gadget();
}

class Gadget {}
