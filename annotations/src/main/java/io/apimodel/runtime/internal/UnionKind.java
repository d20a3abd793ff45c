package io.apimodel.runtime.internal;

import io.apimodel.runtime.ApiUnion;
import io.apimodel.runtime.Violation;
import java.io.IOException;
import java.util.List;

/**
 * A union class generated from a {@code @OneOf} interface; its descriptor is looked up when first
 * needed. The value a union holds is read, written, converted and checked as its variant's: with
 * no path segment of its own ({@code data.progressPercentage}).
 */
final class UnionKind extends Kind {
  private final Class<?> type;
  private UnionType<?> resolved;

  UnionKind(Class<?> type) {
    super(true, false);
    this.type = type;
  }

  private UnionType<?> type() {
    UnionType<?> t = resolved;
    if (t == null) {
      resolved = t = UnionType.of(type);
    }
    return t;
  }

  @Override
  Object read(JsonInput in) throws IOException {
    return type().read(in);
  }

  @Override
  void write(Object value, JsonOutput out) throws IOException {
    type().write((ApiUnion) value, out);
  }

  @Override
  Object dict(Object value, DictWalk walk) {
    return type().dict((ApiUnion) value, walk);
  }

  @Override
  void checkInside(Object value, List<Violation> out, boolean deep) {
    type().checkInside((ApiUnion) value, out, deep);
  }
}
