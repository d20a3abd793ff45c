package io.apimodel.runtime.internal;

import java.io.IOException;

/** A Java enum, with its wire strings; keeps the raw string of an unknown one when the enum has a fallback. */
final class EnumKind extends Kind {
  final EnumWire<?> wires;

  EnumKind(EnumWire<?> wires) {
    super(false, false);
    this.wires = wires;
  }

  @Override
  Object read(JsonInput in) throws IOException {
    return in.enumValue(wires); // leaves the raw string of an unknown one in in.overlay()
  }

  @Override
  void write(Object value, JsonOutput out) throws IOException {
    out.string(wires.wireOf(value));
  }

  @Override
  Object dict(Object value, DictWalk walk) {
    return wires.wireOf(value);
  }

  @Override
  boolean keepsWire() {
    return wires.fallback() != null;
  }

  @Override
  void write(Object value, Object overlay, JsonOutput out) throws IOException {
    out.string(overlay instanceof String raw ? raw : wires.wireOf(value));
  }

  @Override
  Object dict(Object value, Object overlay, DictWalk walk) {
    return overlay instanceof String raw ? raw : wires.wireOf(value);
  }
}
