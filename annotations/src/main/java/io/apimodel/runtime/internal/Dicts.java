package io.apimodel.runtime.internal;

import io.apimodel.runtime.ApiObject;
import io.apimodel.runtime.ApiUnion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code toDict()} form of untyped values: new, mutable lists and maps all the way down. */
public final class Dicts {

  /** What {@code toStr()} shows instead of a non-null {@link io.apimodel.Redacted} value. */
  public static final String REDACTED = "***";

  private Dicts() {}

  /**
   * An {@code Object} property's value as a dict value: lists and maps copied into new mutable
   * ones, models converted with their {@code toDict}, enums as their names, the rest as is.
   */
  public static Object plain(Object value, boolean redacted) {
    return plain(value, new DictWalk(redacted));
  }

  /** {@link #plain(Object, boolean)} inside a {@code toDict()} that may have models further up. */
  static Object plain(Object value, DictWalk walk) {
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object item : list) {
        out.add(plain(item, walk));
      }
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>(map.size() * 4 / 3 + 1);
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.put(String.valueOf(e.getKey()), plain(e.getValue(), walk));
      }
      return out;
    }
    if (value instanceof ApiObject model) {
      ModelType<?> type = ModelType.ofInstance(value);
      return type != null ? type.toDictAny(value, walk) : model.toDict(walk.redacted);
    }
    if (value instanceof ApiUnion union) {
      return UnionType.ofInstance(union).dict(union, walk);
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    return value;
  }
}
