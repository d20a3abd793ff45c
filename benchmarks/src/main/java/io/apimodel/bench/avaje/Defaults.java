package io.apimodel.bench.avaje;

import java.util.Map;

/** The {@code $reserved} defaults: one map each, shared by every instance. */
final class Defaults {

  /** Of the {@code prism.v4} classes. */
  static final Map<String, String> PRISM_V4 = Map.of("$fv", "v4.r0");

  /** Of the {@code common.v1} classes. */
  static final Map<String, String> COMMON_V1 = Map.of("$fv", "v1.r0");

  private Defaults() {}
}
