package io.apimodel.runtime.internal;

import io.apimodel.runtime.Violation;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code Map<String, T>} of a kind; null values are allowed. */
final class MapKind extends ContainerKind {
  private final Kind values;
  private final boolean keepsWire;

  MapKind(Kind values) {
    super(values.insideChecks);
    this.values = values;
    this.keepsWire = values.keepsWire();
  }

  @Override
  boolean keepsWire() {
    return keepsWire;
  }

  @Override
  Object read(JsonInput in) throws IOException {
    if (!in.startMap()) {
      return null;
    }
    LinkedHashMap<String, Object> out = new LinkedHashMap<>();
    LinkedHashMap<String, Object> overlay = null;
    String key;
    while ((key = in.nextKey()) != null) {
      Object value = in.isNull() ? null : values.read(in);
      if (out.containsKey(key)) {
        throw in.duplicateKey();
      }
      if (keepsWire && value != null && in.overlay() != null) {
        if (overlay == null) {
          overlay = new LinkedHashMap<>();
        }
        overlay.put(key, in.overlay());
      }
      out.put(key, value);
    }
    if (keepsWire) {
      in.overlay(overlay == null ? null : Collections.unmodifiableMap(overlay));
    }
    return Values.adoptMap(out);
  }

  @Override
  void write(Object value, Object overlay, JsonOutput out) throws IOException {
    Map<?, ?> wires = (Map<?, ?>) overlay;
    out.startObject();
    for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
      out.key((String) e.getKey());
      if (e.getValue() == null) {
        out.nullValue();
      } else {
        values.write(e.getValue(), wires == null ? null : wires.get(e.getKey()), out);
      }
    }
    out.endObject();
  }

  @Override
  Object dict(Object value, Object overlay, DictWalk walk) {
    Map<?, ?> map = (Map<?, ?>) value;
    Map<?, ?> wires = (Map<?, ?>) overlay;
    Map<String, Object> out = new LinkedHashMap<>(map.size() * 4 / 3 + 1);
    for (Map.Entry<?, ?> e : map.entrySet()) {
      out.put((String) e.getKey(), e.getValue() == null ? null
          : values.dict(e.getValue(), wires == null ? null : wires.get(e.getKey()), walk));
    }
    return out;
  }

  @Override
  Object freeze(Object value) {
    @SuppressWarnings("unchecked")
    Map<String, ?> map = (Map<String, ?>) value;
    return Values.frozenMap(map);
  }

  @Override
  void checkInside(Object value, List<Violation> out, boolean deep) {
    for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
      if (e.getValue() != null) {
        int before = out.size();
        values.checkInside(e.getValue(), out, deep);
        if (out.size() > before) {
          Violations.nest(out, before, "[" + e.getKey() + "]");
        }
      }
    }
  }
}
