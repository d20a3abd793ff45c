package io.apimodel.runtime.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The wire strings of an enum's constants (their names, or their {@code @JsonProperty} values),
 * both ways, and the constant that stands in for wire strings this SDK does not know (the
 * {@code @JsonEnumDefaultValue} one), if any.
 *
 * @param <E> the enum
 */
public final class EnumWire<E extends Enum<E>> {

  private final E[] constants;
  private final String[] wires;
  private final Map<String, E> byWire;
  private final E fallback;
  private final String notOneOf;
  /** Each constant's wire string in UTF-8, in the order of {@link #constants}, for readers of bytes. */
  private final byte[][] wireBytes;

  /**
   * The wire strings of an enum whose unknown wire strings read as a constant of its own.
   *
   * @param constants the enum's constants, {@code values()}
   * @param fallback the constant that unknown wire strings read as
   * @param wires the wire strings in the order of {@code constants}; none when they are the names
   */
  public static <E extends Enum<E>> EnumWire<E> unknownAs(E[] constants, E fallback, String... wires) {
    return new EnumWire<>(constants, fallback, wires);
  }

  /** The wire strings of an enum for which an unknown wire string is an error. */
  public static <E extends Enum<E>> EnumWire<E> unknownRejected(E[] constants, String... wires) {
    return new EnumWire<>(constants, null, wires);
  }

  private EnumWire(E[] constants, E fallback, String[] wires) {
    this.constants = constants.clone();
    this.wires = new String[constants.length];
    this.byWire = new HashMap<>(constants.length * 2);
    for (int i = 0; i < constants.length; i++) {
      this.wires[i] = wires.length == 0 ? constants[i].name() : wires[i];
      this.byWire.putIfAbsent(this.wires[i], constants[i]);
    }
    this.fallback = fallback;
    this.notOneOf = "is not one of " + Stream.of(this.wires).collect(Collectors.joining(", "));
    this.wireBytes = new byte[constants.length][];
    for (int i = 0; i < constants.length; i++) {
      wireBytes[i] = this.wires[i].getBytes(StandardCharsets.UTF_8);
    }
  }

  /**
   * The constant whose wire string is the UTF-8 text {@code bytes[start..end)} (a JSON string's
   * bytes without escapes), or null: found without making a {@code String}. The first constant of
   * a wire string wins, as in {@link #constant}.
   */
  public E constant(byte[] bytes, int start, int end) {
    int length = end - start;
    byte[][] all = wireBytes;
    for (int i = 0; i < all.length; i++) {
      byte[] wire = all[i];
      if (wire.length == length && Arrays.equals(wire, 0, length, bytes, start, end)) {
        return constants[i];
      }
    }
    return null;
  }

  /** The constant with this wire string, or null. */
  public E constant(String wire) {
    return byWire.get(wire);
  }

  /** The wire string of a constant, or null for null. */
  public String wire(E constant) {
    return constant == null ? null : wires[constant.ordinal()];
  }

  /** The constant that unknown wire strings read as, or null when they are an error. */
  public E fallback() {
    return fallback;
  }

  /** {@code is not one of QUEUED, RUNNING}: for messages. */
  String notOneOf() {
    return notOneOf;
  }

  /** The wire string of any constant of this enum (the runtime type is checked). */
  String wireOf(Object constant) {
    return wires[constants[0].getDeclaringClass().cast(constant).ordinal()];
  }
}
