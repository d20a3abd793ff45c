package invalid.internal;

import io.apimodel.ApiModel;

/** A model the processor is told to fail on (-Aapimodel.debug.failOn=FragileModel). */
@ApiModel
public interface FragileModel {
  String name();
}
