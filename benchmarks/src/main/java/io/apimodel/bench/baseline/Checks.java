package io.apimodel.bench.baseline;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks a careful engineer writes into hand-made constructors: fail fast on the first
 * problem with a message naming it. A value's path is {@code owner[index].field} (no index when
 * {@code index < 0}, no owner when it is empty), and it is only put together on failure.
 */
final class Checks {

  private Checks() {}

  static void maxLength(String value, int max, String owner, int index, String field) {
    if (value != null && value.length() > max && value.codePointCount(0, value.length()) > max) {
      throw fail(owner, index, field, "length must be less than or equal to `" + max + "`");
    }
  }

  static void lengthBetween(String value, int min, int max, String owner, int index, String field) {
    if (value == null) {
      return;
    }
    int length = value.codePointCount(0, value.length());
    if (length < min) {
      throw fail(owner, index, field, "length must be greater than or equal to `" + min + "`");
    }
    if (length > max) {
      throw fail(owner, index, field, "length must be less than or equal to `" + max + "`");
    }
  }

  static void pattern(String value, Pattern pattern, String owner, int index, String field) {
    if (value != null && !pattern.matcher(value).find()) {
      throw fail(owner, index, field, "must match pattern `/" + pattern.pattern() + "/`");
    }
  }

  static void range(Integer value, long min, long max, String field) {
    if (value == null) {
      return;
    }
    if (value < min) {
      throw fail("", -1, field, "must be a value greater than or equal to `" + min + "`");
    }
    if (value > max) {
      throw fail("", -1, field, "must be a value less than or equal to `" + max + "`");
    }
  }

  /** At most {@code max} items, none of them null; returns an unmodifiable copy (null for null). */
  static <T> List<T> list(List<T> value, int max, String field) {
    if (value == null) {
      return null;
    }
    if (value.size() > max) {
      throw fail("", -1, field, "number of items must be less than or equal to `" + max + "`");
    }
    for (int i = 0, n = value.size(); i < n; i++) {
      if (value.get(i) == null) {
        throw new IllegalArgumentException(
            "Invalid value for `" + field + "[" + i + "]`, must not be null");
      }
    }
    return List.copyOf(value);
  }

  private static IllegalArgumentException fail(String owner, int index, String field, String rule) {
    StringBuilder path = new StringBuilder(owner);
    if (index >= 0) {
      path.append('[').append(index).append(']');
    }
    if (path.length() > 0) {
      path.append('.');
    }
    path.append(field);
    return new IllegalArgumentException("Invalid value for `" + path + "`, " + rule);
  }
}
