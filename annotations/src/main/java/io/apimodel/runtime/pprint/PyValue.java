package io.apimodel.runtime.pprint;

import io.apimodel.runtime.JsonNumber;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A Java value converted to its Python counterpart (see {@link PythonRepr}), with the one-line
 * repr that pprint's {@code _safe_repr} makes of it. Dict keys are sorted like Python sorts them.
 */
final class PyValue {

  static final int ATOM = 0;
  static final int STR = 1;
  static final int LIST = 2;
  static final int DICT = 3;

  final int kind;
  final String repr;
  final int reprLength;
  /** The text of a STR. */
  final String text;
  /** The items of a LIST, the values of a DICT. */
  final List<PyValue> items;
  /** The keys of a DICT, sorted. */
  final List<PyValue> keys;

  private PyValue(int kind, String repr, String text, List<PyValue> items, List<PyValue> keys) {
    this.kind = kind;
    this.repr = repr;
    this.reprLength = PyStrings.length(repr);
    this.text = text;
    this.items = items;
    this.keys = keys;
  }

  static PyValue of(Object value) {
    return of(value, new ArrayList<>());
  }

  /**
   * @param ancestors the lists and maps {@code value} is inside of: one of them met again is a
   *     recursive value, which prints as pprint prints it
   */
  private static PyValue of(Object value, List<Object> ancestors) {
    if (value instanceof List || value instanceof Map) {
      for (Object ancestor : ancestors) {
        if (ancestor == value) {
          return recursion(value);
        }
      }
      ancestors.add(value);
      try {
        return value instanceof List ? list((List<?>) value, ancestors) : dict((Map<?, ?>) value, ancestors);
      } finally {
        ancestors.remove(ancestors.size() - 1);
      }
    }
    String text = asText(value);
    if (text != null) {
      return new PyValue(STR, PyStrings.repr(text), text, null, null);
    }
    return new PyValue(ATOM, atomRepr(value), null, null, null);
  }

  /** The Python str a value becomes, or null when it is not a str. */
  static String asText(Object value) {
    if (value instanceof String) {
      return (String) value;
    }
    if (value instanceof Enum) {
      return ((Enum<?>) value).name();
    }
    if (value == null || value instanceof Boolean || isNumber(value)
        || value instanceof UUID || value instanceof LocalDate
        || value instanceof OffsetDateTime) {
      return null;
    }
    return value.toString();
  }

  static boolean isNumber(Object value) {
    return value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte || value instanceof BigInteger || value instanceof Double
        || value instanceof Float || value instanceof BigDecimal || value instanceof JsonNumber;
  }

  static String atomRepr(Object value) {
    if (value == null) {
      return "None";
    }
    if (value instanceof Boolean) {
      return (Boolean) value ? "True" : "False";
    }
    if (value instanceof Double || value instanceof Float) {
      return PyScalars.floatRepr(((Number) value).doubleValue());
    }
    if (value instanceof BigDecimal) {
      return PyScalars.decimalRepr((BigDecimal) value);
    }
    if (value instanceof JsonNumber number) {
      // What Python's json makes of the text: an int, or a float (inf and 0.0 beyond its range).
      String text = number.text();
      boolean integer = text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
      return integer ? new BigInteger(text).toString() : PyScalars.floatRepr(number.doubleValue());
    }
    if (value instanceof UUID) {
      return PyScalars.uuidRepr((UUID) value);
    }
    if (value instanceof LocalDate) {
      return PyScalars.dateRepr((LocalDate) value);
    }
    if (value instanceof OffsetDateTime) {
      return PyScalars.dateTimeRepr((OffsetDateTime) value);
    }
    return value.toString(); // the integer types
  }

  /**
   * pprint's {@code _recursion}: {@code <Recursion on dict with id=…>}, where CPython's id is the
   * object's address and this one is its identity hash code.
   */
  private static PyValue recursion(Object value) {
    String type = value instanceof List ? "list" : "dict";
    return new PyValue(ATOM, "<Recursion on " + type + " with id=" + System.identityHashCode(value) + ">", null, null, null);
  }

  private static PyValue list(List<?> list, List<Object> ancestors) {
    List<PyValue> items = new ArrayList<>(list.size());
    StringBuilder repr = new StringBuilder("[");
    for (Object item : list) {
      PyValue node = of(item, ancestors);
      if (!items.isEmpty()) {
        repr.append(", ");
      }
      repr.append(node.repr);
      items.add(node);
    }
    return new PyValue(LIST, repr.append(']').toString(), null, items, null);
  }

  private static PyValue dict(Map<?, ?> map, List<Object> ancestors) {
    List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
    entries.sort(Comparator.comparing(e -> e.getKey(), KeyOrder.INSTANCE));
    List<PyValue> keys = new ArrayList<>(entries.size());
    List<PyValue> values = new ArrayList<>(entries.size());
    StringBuilder repr = new StringBuilder("{");
    for (Map.Entry<?, ?> e : entries) {
      PyValue key = of(e.getKey(), ancestors);
      PyValue value = of(e.getValue(), ancestors);
      if (!keys.isEmpty()) {
        repr.append(", ");
      }
      repr.append(key.repr).append(": ").append(value.repr);
      keys.add(key);
      values.add(value);
    }
    return new PyValue(DICT, repr.append('}').toString(), null, values, keys);
  }

  /**
   * Python's {@code sorted} order for dict keys: strings by code point; other keys best-effort
   * ({@code None}, then numbers by value, then strings, then anything else by its repr).
   */
  private static final class KeyOrder implements Comparator<Object> {
    static final KeyOrder INSTANCE = new KeyOrder();

    @Override
    public int compare(Object a, Object b) {
      int rankA = rank(a);
      int rankB = rank(b);
      if (rankA != rankB) {
        return Integer.compare(rankA, rankB);
      }
      switch (rankA) {
        case 1:
          return compareNumbers(a, b);
        case 2:
          return compareCodePoints(PyValue.asText(a), PyValue.asText(b));
        case 3:
          return compareCodePoints(PyValue.atomRepr(a), PyValue.atomRepr(b));
        default:
          return 0;
      }
    }

    private static int rank(Object key) {
      if (key == null) {
        return 0;
      }
      if (key instanceof Boolean || PyValue.isNumber(key)) {
        return 1;
      }
      return PyValue.asText(key) != null ? 2 : 3;
    }

    private static int compareNumbers(Object a, Object b) {
      BigDecimal x = toDecimal(a);
      BigDecimal y = toDecimal(b);
      if (x == null || y == null) {
        return Double.compare(toDouble(a), toDouble(b));
      }
      return x.compareTo(y);
    }

    private static double toDouble(Object n) {
      return n instanceof Boolean ? ((Boolean) n ? 1 : 0) : ((Number) n).doubleValue();
    }

    private static BigDecimal toDecimal(Object n) {
      if (n instanceof Boolean) {
        return (Boolean) n ? BigDecimal.ONE : BigDecimal.ZERO;
      }
      if (n instanceof BigDecimal) {
        return (BigDecimal) n;
      }
      if (n instanceof BigInteger) {
        return new BigDecimal((BigInteger) n);
      }
      if (n instanceof JsonNumber number) {
        try {
          return number.toBigDecimal();
        } catch (ArithmeticException e) {
          return null;
        }
      }
      if (n instanceof Double || n instanceof Float) {
        double d = ((Number) n).doubleValue();
        return Double.isFinite(d) ? new BigDecimal(d) : null;
      }
      return BigDecimal.valueOf(((Number) n).longValue());
    }

    /** Python's str order: by code point (String.compareTo orders by UTF-16 unit). */
    static int compareCodePoints(String a, String b) {
      int i = 0;
      int j = 0;
      while (i < a.length() && j < b.length()) {
        int ca = a.codePointAt(i);
        int cb = b.codePointAt(j);
        if (ca != cb) {
          return Integer.compare(ca, cb);
        }
        i += Character.charCount(ca);
        j += Character.charCount(cb);
      }
      return Boolean.compare(i < a.length(), j < b.length());
    }
  }
}
