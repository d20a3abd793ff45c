package io.apimodel.runtime.internal;

import io.apimodel.runtime.ApiUnion;
import io.apimodel.runtime.Violation;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
      } else if (value instanceof ApiUnion union) {
        UnionType.ofInstance(union).checkInside(union, out, deep);
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

  /** A union class generated from a {@code @OneOf} interface; its descriptor is looked up when first needed. */
  public static Kind union(Class<?> type) {
    return new UnionKind(type);
  }

  /** {@code List<T>} of a kind; null items are kept (validation reports them). */
  public static Kind list(Kind items) {
    return new ListKind(items);
  }

  /** {@code Map<String, T>} of a kind; null values are allowed. */
  public static Kind map(Kind values) {
    return new MapKind(values);
  }
}
