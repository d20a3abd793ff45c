package io.apimodel.runtime.internal;

import io.apimodel.runtime.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** {@code List<T>} of a kind; null items are kept (validation reports them). */
final class ListKind extends ContainerKind {
  private final Kind items;
  private final boolean keepsWire;

  ListKind(Kind items) {
    super(true);
    this.items = items;
    this.keepsWire = items.keepsWire();
  }

  @Override
  boolean keepsWire() {
    return keepsWire;
  }

  @Override
  Object read(JsonInput in) throws IOException {
    if (!in.startArray()) {
      return null;
    }
    Object[] out = new Object[8];
    Object[] overlay = null;
    int size = 0;
    while (in.nextItem()) {
      if (size == out.length) {
        out = Arrays.copyOf(out, size * 2);
      }
      Object item = in.isNull() ? null : items.read(in);
      if (keepsWire && item != null && in.overlay() != null) {
        overlay = overlay == null ? new Object[out.length] : Arrays.copyOf(overlay, out.length);
        overlay[size] = in.overlay();
      }
      out[size++] = item;
    }
    if (keepsWire) {
      in.overlay(overlay == null ? null : Collections.unmodifiableList(Arrays.asList(Arrays.copyOf(overlay, size))));
    }
    return Values.adoptList(out, size);
  }

  @Override
  void write(Object value, Object overlay, JsonOutput out) throws IOException {
    List<?> list = (List<?>) value;
    List<?> wires = (List<?>) overlay;
    out.startArray();
    for (int i = 0, n = list.size(); i < n; i++) {
      Object item = list.get(i);
      if (item == null) {
        out.nullValue();
      } else {
        items.write(item, wires != null && i < wires.size() ? wires.get(i) : null, out);
      }
    }
    out.endArray();
  }

  @Override
  Object dict(Object value, Object overlay, DictWalk walk) {
    List<?> list = (List<?>) value;
    List<?> wires = (List<?>) overlay;
    List<Object> out = new ArrayList<>(list.size());
    for (int i = 0, n = list.size(); i < n; i++) {
      Object item = list.get(i);
      out.add(item == null ? null : items.dict(item, wires != null && i < wires.size() ? wires.get(i) : null, walk));
    }
    return out;
  }

  @Override
  Object freeze(Object value) {
    return Values.frozenList((List<?>) value);
  }

  @Override
  void checkInside(Object value, List<Violation> out, boolean deep) {
    List<?> list = (List<?>) value;
    for (int i = 0, n = list.size(); i < n; i++) {
      Object item = list.get(i);
      if (item == null) {
        Violations.mustNotBeNull(out, "[" + i + "]");
      } else if (items.insideChecks) {
        int before = out.size();
        items.checkInside(item, out, deep);
        if (out.size() > before) {
          Violations.nest(out, before, "[" + i + "]");
        }
      }
    }
  }
}
