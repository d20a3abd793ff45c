package io.apimodel.runtime;

import java.util.List;
import java.util.Map;

/** What every generated model class offers, whatever its properties. */
public interface ApiObject {

  /** The violations of the current state, recursing into nested models; empty when valid. */
  List<Violation> validate();

  /**
   * The object as a dict, like the Python SDK's {@code to_dict()}: a new mutable map of every
   * property in property order (nulls included), nested models, lists and maps converted too.
   */
  Map<String, Object> toDict();

  /**
   * {@link #toDict()}, or with {@code redacted} the same with every non-null
   * {@link io.apimodel.Redacted} value replaced by {@code "***"} (what {@code toStr()} prints).
   */
  Map<String, Object> toDict(boolean redacted);

  /**
   * The Python SDK's {@code to_str()}: exactly what Python 3.11's {@code pprint.pformat} prints for
   * the equivalent of {@link #toDict()}, with {@link io.apimodel.Redacted} values as {@code '***'}.
   * {@code toString()} returns the same text.
   */
  String toStr();

  /** JSON members that no property claimed, in the order they were read; unmodifiable. */
  Map<String, Object> unknownFields();

  /**
   * Adds or replaces a member that no property claims; it is kept and written back with the
   * declared properties.
   *
   * @param name the JSON member name
   * @param value any JSON value: null, a String, a Boolean, a number, a List or a Map
   */
  void putUnknownField(String name, Object value);
}
