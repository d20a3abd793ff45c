package io.apimodel.runtime.internal;

import io.apimodel.runtime.ModelValidationException;

/**
 * The texts of JSON read failures, the same under every Jackson line and the direct entry points:
 * {@code Invalid JSON at `subTasks[2].extId`: problem}, map keys shown as {@code argumentsMap[reason]}.
 */
public final class JsonPaths {

  /** Paths longer than this are cut in messages of limits and nesting, which can be very deep. */
  private static final int SHORT = 120;

  private JsonPaths() {}

  /** The message of a value that does not fit: {@code Invalid JSON at `path`: problem}. */
  public static String message(String path, String problem) {
    return "Invalid JSON at `" + path + "`: " + problem;
  }

  /** The message of a document's violations. */
  public static String violationsMessage(Class<?> type, ModelValidationException e) {
    return "Invalid " + type.getSimpleName() + ": " + e.getMessage();
  }

  /** {@code prefix.path} or {@code prefix[0]}: a path inside the value at {@code prefix}. */
  public static String join(String prefix, String path) {
    if (prefix.isEmpty() || path.isEmpty()) {
      return prefix + path;
    }
    return path.startsWith("[") ? prefix + path : prefix + "." + path;
  }

  /** The path cut to its first 120 characters and {@code ...} when it is longer. */
  public static String shortPath(String path) {
    return path.length() > SHORT ? path.substring(0, SHORT) + "..." : path;
  }
}
