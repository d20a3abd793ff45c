package io.apimodel.runtime.internal;

import io.apimodel.runtime.ApiObject;
import io.apimodel.runtime.Violation;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The {@link Kind}s of the supported property types. */
public final class Kinds {

  private Kinds() {}

  public static final Kind STRING = new Kind() {
    @Override
    Object read(JsonInput in) throws IOException {
      return in.string();
    }

    @Override
    void write(Object value, JsonOutput out) throws IOException {
      out.string((String) value);
    }
  };

  public static final Kind BOOLEAN = new Kind() {
    @Override
    Object read(JsonInput in) throws IOException {
      return in.bool();
    }

    @Override
    void write(Object value, JsonOutput out) throws IOException {
      out.bool((Boolean) value);
    }
  };

  public static final Kind INT = new Kind() {
    @Override
    Object read(JsonInput in) throws IOException {
      return in.integer();
    }

    @Override
    void write(Object value, JsonOutput out) throws IOException {
      out.integer((Integer) value);
    }
  };

  public static final Kind LONG = new Kind() {
    @Override
    Object read(JsonInput in) throws IOException {
      return in.longInteger();
    }

    @Override
    void write(Object value, JsonOutput out) throws IOException {
      out.longInteger((Long) value);
    }
  };

  public static final Kind DOUBLE = new Kind() {
    @Override
    Object read(JsonInput in) throws IOException {
      return in.decimal();
    }

    @Override
    void write(Object value, JsonOutput out) throws IOException {
      out.decimal((Double) value);
    }
  };

  public static final Kind BIG_DECIMAL = new Kind() {
    @Override
    Object read(JsonInput in) throws IOException {
      return in.bigDecimal();
    }

    @Override
    void write(Object value, JsonOutput out) throws IOException {
      out.bigDecimal((BigDecimal) value);
    }
  };

  public static final Kind BIG_INTEGER = new Kind() {
    @Override
    Object read(JsonInput in) throws IOException {
      return in.bigInteger();
    }

    @Override
    void write(Object value, JsonOutput out) throws IOException {
      out.bigInteger((BigInteger) value);
    }
  };

  public static final Kind UUID = new Kind() {
    @Override
    Object read(JsonInput in) throws IOException {
      return in.uuid();
    }

    @Override
    void write(Object value, JsonOutput out) throws IOException {
      out.uuid((java.util.UUID) value);
    }
  };

  public static final Kind DATE_TIME = new Kind() {
    @Override
    Object read(JsonInput in) throws IOException {
      return in.dateTime();
    }

    @Override
    void write(Object value, JsonOutput out) throws IOException {
      out.dateTime((OffsetDateTime) value);
    }
  };

  public static final Kind DATE = new Kind() {
    @Override
    Object read(JsonInput in) throws IOException {
      return in.date();
    }

    @Override
    void write(Object value, JsonOutput out) throws IOException {
      out.date((LocalDate) value);
    }
  };

  /**
   * {@code Object}: any JSON value, or a value with a JSON form of its own (a generated model, a
   * date, a UUID, an enum). Anything else is a violation, so that it is refused by the setter and
   * {@code build()} instead of failing later in the writer.
   */
  public static final Kind ANY = new Kind(true, false) {
    @Override
    Object read(JsonInput in) throws IOException {
      return in.any();
    }

    @Override
    void write(Object value, JsonOutput out) throws IOException {
      out.any(value);
    }

    @Override
    Object dict(Object value, DictWalk walk) {
      return Dicts.plain(value, walk);
    }

    @Override
    Object freeze(Object value) {
      return Values.freeze(value);
    }

    @Override
    void checkInside(Object value, List<Violation> out, boolean deep) {
      if (value instanceof String || Values.isJsonScalar(value)) {
        return;
      }
      if (value instanceof List<?> list) {
        for (int i = 0, n = list.size(); i < n; i++) {
          Object item = list.get(i);
          if (item != null) {
            int before = out.size();
            checkInside(item, out, deep);
            if (out.size() > before) {
              Violations.nest(out, before, "[" + i + "]");
            }
          }
        }
      } else if (value instanceof Map<?, ?> map) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
          if (e.getValue() != null) {
            int before = out.size();
            checkInside(e.getValue(), out, deep);
            if (out.size() > before) {
              Violations.nest(out, before, "[" + e.getKey() + "]");
            }
          }
        }
      } else if (ModelType.ofInstance(value) != null) {
        MODEL_INSIDE_ANY.checkInside(value, out, deep);
      } else {
        Violations.noJsonForm(out, value);
      }
    }
  };

  /** Checks a generated model held by an {@code Object} property, whatever its class. */
  private static final ModelKind MODEL_INSIDE_ANY = new ModelKind(null);

  /** {@code List<String>}, the most common container. */
  public static final Kind STRING_LIST = list(STRING);

  /** {@code Map<String, String>}, the most common map. */
  public static final Kind STRING_MAP = map(STRING);

  /** A Java enum, with its wire strings. */
  public static Kind enumeration(EnumWire<?> wires) {
    return new EnumKind(wires);
  }

  /** A class generated by apimodel; its descriptor is looked up when first needed. */
  public static Kind model(Class<?> type) {
    return new ModelKind(type);
  }

  /** {@code List<T>} of a kind; null items are kept (validation reports them). */
  public static Kind list(Kind items) {
    return new ListKind(items);
  }

  /** {@code Map<String, T>} of a kind; null values are allowed. */
  public static Kind map(Kind values) {
    return new MapKind(values);
  }

  static final class EnumKind extends Kind {
    final EnumWire<?> wires;

    EnumKind(EnumWire<?> wires) {
      super(false, false);
      this.wires = wires;
    }

    @Override
    Object read(JsonInput in) throws IOException {
      Object value = in.enumValue(wires);
      in.overlay(in.unknownWire());
      return value;
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

  static final class ModelKind extends Kind {
    private final Class<?> type;
    /** Looked up on first use; the descriptor is immutable, so a stale null only looks it up again. */
    private ModelType<?> resolved;

    ModelKind(Class<?> type) {
      super(true, false);
      this.type = type;
    }

    ModelType<?> type() {
      ModelType<?> t = resolved;
      if (t == null) {
        resolved = t = ModelType.of(type);
      }
      return t;
    }

    /** The descriptor of a value's class: its own when this kind stands for any model. */
    private ModelType<?> typeOf(Object value) {
      return type == null ? ModelType.ofInstance(value) : type();
    }

    @Override
    Object read(JsonInput in) throws IOException {
      return type().readObject(in);
    }

    @Override
    void write(Object value, JsonOutput out) throws IOException {
      type().writeAny(value, out);
    }

    @Override
    Object dict(Object value, DictWalk walk) {
      return typeOf(value).toDictAny(value, walk);
    }

    @Override
    void checkInside(Object value, List<Violation> out, boolean deep) {
      if (deep) {
        if (out instanceof Validation walk && walk.isInside(value)) {
          Violations.cycle(out, value);
          return;
        }
        int before = out.size();
        typeOf(value).collectAny(value, out);
        if (out.size() > before) {
          Violations.nest(out, before, ".");
        }
      }
    }
  }

  static final class ListKind extends Kind {
    private final Kind items;
    private final boolean keepsWire;

    ListKind(Kind items) {
      super(true, false);
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
    void write(Object value, JsonOutput out) throws IOException {
      write(value, null, out);
    }

    @Override
    Object dict(Object value, DictWalk walk) {
      return dict(value, null, walk);
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

  static final class MapKind extends Kind {
    private final Kind values;
    private final boolean keepsWire;

    MapKind(Kind values) {
      super(values.insideChecks, false);
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
    void write(Object value, JsonOutput out) throws IOException {
      write(value, null, out);
    }

    @Override
    Object dict(Object value, DictWalk walk) {
      return dict(value, null, walk);
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
}
