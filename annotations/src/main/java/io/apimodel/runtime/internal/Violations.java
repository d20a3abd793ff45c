package io.apimodel.runtime.internal;

import io.apimodel.runtime.Violation;
import io.apimodel.runtime.ModelValidationException;
import java.util.List;

/**
 * Builds the violations that generated classes report, with the Python SDK's message texts. Called
 * only when a check has already failed, so nothing here is on the fast path.
 */
public final class Violations {

  private Violations() {}

  /** A null where there must be a value: a {@code @Required} property, an item of a list. */
  public static void mustNotBeNull(List<Violation> out, String path) {
    out.add(new Violation(path, prefix(path) + "must not be null", null));
  }

  /**
   * A nested model that is one of the models holding it (built through setters): JSON cannot
   * represent the cycle. Reported at the place of the back reference, with the model's class and
   * identity as the value (its text would hold the cycle).
   */
  static void cycle(List<Violation> out, Object value) {
    String shown = value.getClass().getName() + "@" + Integer.toHexString(System.identityHashCode(value));
    out.add(new Violation("", prefix("") + "`, must not refer back to an object that holds it (JSON cannot represent a cycle)", shown));
  }

  /** A value of an {@code Object} property (or inside one) that has no JSON form. */
  static void noJsonForm(List<Violation> out, Object value) {
    out.add(new Violation("", prefix("") + "`, must be null, a String, a Boolean, a number, a List, a Map, a"
        + " date, a UUID, an enum or a generated model, not a " + value.getClass().getName(), String.valueOf(value)));
  }

  /** A number above its {@code @Range} max. */
  public static void max(List<Violation> out, String path, Object value, long max, boolean redacted) {
    add(out, path, "must be a value less than or equal to `" + max + "`", value, redacted);
  }

  /** A number below its {@code @Range} min. */
  public static void min(List<Violation> out, String path, Object value, long min, boolean redacted) {
    add(out, path, "must be a value greater than or equal to `" + min + "`", value, redacted);
  }

  /** A string longer than its {@code @Size} max. */
  public static void maxLength(
      List<Violation> out, String path, Object value, int max, boolean redacted) {
    add(out, path, "length must be less than or equal to `" + max + "`", value, redacted);
  }

  /** A string shorter than its {@code @Size} min. */
  public static void minLength(
      List<Violation> out, String path, Object value, int min, boolean redacted) {
    add(out, path, "length must be greater than or equal to `" + min + "`", value, redacted);
  }

  /** A list or map with more items than its {@code @Size} max. */
  public static void maxItems(
      List<Violation> out, String path, Object value, int max, boolean redacted) {
    add(out, path, "number of items must be less than or equal to `" + max + "`", value, redacted);
  }

  /** A list or map with fewer items than its {@code @Size} min. */
  public static void minItems(
      List<Violation> out, String path, Object value, int min, boolean redacted) {
    add(out, path, "number of items must be greater than or equal to `" + min + "`", value, redacted);
  }

  /** A string without a match of its {@code @Pattern}. */
  public static void pattern(
      List<Violation> out, String path, Object value, String regex, boolean redacted) {
    add(out, path, "must match pattern `/" + regex + "/`", value, redacted);
  }

  /** The number of code points of {@code s}, which is what {@code @Size} bounds (Python's len). */
  public static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /**
   * Puts {@code prefix} in front of the paths of {@code out}'s violations from index {@code from} on
   * (and in their messages): a nested model reports its violations with paths of its own, and the
   * model holding it adds where it sits ({@code "subTasks[2]."}). Done only when there are any, so
   * that checking a valid object builds no path at all.
   */
  public static void nest(List<Violation> out, int from, String prefix) {
    String start = prefix(""); // "Invalid value for `"
    for (int i = from; i < out.size(); i++) {
      Violation v = out.get(i);
      String message = v.message().startsWith(start)
          ? start + prefix + v.message().substring(start.length())
          : v.message();
      out.set(i, new Violation(prefix + v.path(), message, v.invalidValue()));
    }
  }

  /** Throws a {@link ModelValidationException} when {@code violations} is not empty. */
  public static void throwIfAny(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new ModelValidationException(violations);
    }
  }

  private static void add(
      List<Violation> out, String path, String rule, Object value, boolean redacted) {
    String shown = redacted ? Dicts.REDACTED : String.valueOf(value);
    out.add(new Violation(path, prefix(path) + rule, shown));
  }

  private static String prefix(String path) {
    return path.isEmpty() ? "Invalid value for `" : "Invalid value for `" + path + "`, ";
  }
}
