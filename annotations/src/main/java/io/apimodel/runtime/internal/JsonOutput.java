package io.apimodel.runtime.internal;

import io.apimodel.runtime.ApiUnion;
import io.apimodel.runtime.JsonNumber;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * JSON as generated writers produce it, whatever writes it (jackson-core 2, a buffer of tokens
 * that Jackson replays, ...). An output takes tokens; how values of each type are written lives
 * here, once: date-times as RFC 3339 strings (seconds always, the fraction only as long as
 * needed), dates as {@code yyyy-MM-dd}, UUIDs as strings, untyped values as the JSON they came
 * from.
 */
public abstract class JsonOutput {

  // ---- What an output takes ----------------------------------------------------------------

  public abstract void startObject() throws IOException;

  public abstract void endObject() throws IOException;

  public abstract void startArray() throws IOException;

  public abstract void endArray() throws IOException;

  /** A member name of a model property. */
  public abstract void name(JsonName name) throws IOException;

  /** A member name of a map or of an unknown field. */
  public abstract void key(String name) throws IOException;

  public abstract void string(String value) throws IOException;

  /** A string from {@code length} characters of {@code chars} at {@code offset}. */
  protected abstract void string(char[] chars, int offset, int length) throws IOException;

  public abstract void bool(boolean value) throws IOException;

  public abstract void integer(int value) throws IOException;

  public abstract void longInteger(long value) throws IOException;

  public abstract void decimal(double value) throws IOException;

  public abstract void bigInteger(BigInteger value) throws IOException;

  public abstract void bigDecimal(BigDecimal value) throws IOException;

  public abstract void nullValue() throws IOException;

  /** A number as written: the text of a {@link JsonNumber}, a valid JSON number. */
  protected abstract void number(String text) throws IOException;

  // ---- Values ------------------------------------------------------------------------------

  /** An RFC 3339 date-time, written without building a {@code String}. */
  public final void dateTime(OffsetDateTime value) throws IOException {
    writeDateTime(value);
  }

  /** Writes the RFC 3339 text of a date-time as a string; outputs of bytes may print it into their buffer. */
  protected void writeDateTime(OffsetDateTime value) throws IOException {
    char[] chars = new char[Rfc3339.MAX_LENGTH];
    string(chars, 0, Rfc3339.format(value, chars));
  }

  public final void date(LocalDate value) throws IOException {
    string(value.toString());
  }

  public final void uuid(UUID value) throws IOException {
    string(value.toString());
  }

  /** A list of strings, null items as null. */
  public final void strings(List<String> values) throws IOException {
    startArray();
    for (int i = 0, n = values.size(); i < n; i++) {
      String value = values.get(i);
      if (value == null) {
        nullValue();
      } else {
        string(value);
      }
    }
    endArray();
  }

  /** A map of strings, null values as null. */
  public final void stringMap(Map<String, String> values) throws IOException {
    startObject();
    for (Map.Entry<String, String> e : values.entrySet()) {
      key(e.getKey());
      if (e.getValue() == null) {
        nullValue();
      } else {
        string(e.getValue());
      }
    }
    endObject();
  }

  /**
   * A plain JSON value as {@link JsonInput#any()} reads it: null, a String, a Boolean, a number,
   * a List or a Map of those; a model as its JSON object, an enum as its name, a date-time, date
   * or UUID as its string. Any other object is refused: writing it as its {@code toString()}
   * would corrupt the document.
   *
   * @throws IllegalArgumentException for a value that has no JSON form
   */
  public final void any(Object value) throws IOException {
    if (value == null) {
      nullValue();
    } else if (value instanceof String s) {
      string(s);
    } else if (value instanceof Boolean b) {
      bool(b);
    } else if (value instanceof Integer i) {
      integer(i.intValue());
    } else if (value instanceof Long l) {
      longInteger(l.longValue());
    } else if (value instanceof Double d) {
      decimal(d.doubleValue());
    } else if (value instanceof BigDecimal d) {
      bigDecimal(d);
    } else if (value instanceof JsonNumber n) {
      number(n.text());
    } else if (value instanceof BigInteger b) {
      bigInteger(b);
    } else if (value instanceof Short || value instanceof Byte) {
      integer(((Number) value).intValue());
    } else if (value instanceof Float f) {
      decimal(f.doubleValue());
    } else if (value instanceof List<?> || value instanceof Map<?, ?>) {
      container(value);
    } else if (value instanceof OffsetDateTime time) {
      dateTime(time);
    } else if (value instanceof LocalDate date) {
      date(date);
    } else if (value instanceof UUID uuid) {
      uuid(uuid);
    } else if (value instanceof Enum<?> constant) {
      string(constant.name());
    } else if (value instanceof ApiUnion union) {
      UnionType.ofInstance(union).write(union, this);
    } else {
      ModelType<?> type = ModelType.ofInstance(value);
      if (type == null) {
        throw new IllegalArgumentException(
            "a " + value.getClass().getName() + " has no JSON form: use null, a String, a Boolean, a"
                + " number, a List, a Map or a generated model");
      }
      type.writeAny(value, this);
    }
  }

  /**
   * A List or Map of plain JSON values, with a stack of its own, not by recursion (as
   * {@link UntypedReader} reads them), so that no depth the input accepts can overflow the thread's
   * stack on write.
   */
  private void container(Object value) throws IOException {
    ArrayDeque<Iterator<?>> open = new ArrayDeque<>();
    open.push(start(value));
    while (!open.isEmpty()) {
      Iterator<?> top = open.peek();
      if (!top.hasNext()) {
        open.pop();
        if (top instanceof MapMembers) {
          endObject();
        } else {
          endArray();
        }
        continue;
      }
      Object item = top.next();
      if (top instanceof MapMembers) {
        Map.Entry<?, ?> e = (Map.Entry<?, ?>) item;
        key(String.valueOf(e.getKey()));
        item = e.getValue();
      }
      if (item instanceof List<?> || item instanceof Map<?, ?>) {
        open.push(start(item));
      } else {
        any(item);
      }
    }
  }

  /** Starts a List or Map: the iterator over its items, or over its members. */
  private Iterator<?> start(Object container) throws IOException {
    if (container instanceof List<?> list) {
      startArray();
      return list.iterator();
    }
    startObject();
    return new MapMembers(((Map<?, ?>) container).entrySet().iterator());
  }

  /** The members of a Map being written, told apart from a List's items. */
  private static final class MapMembers implements Iterator<Map.Entry<?, ?>> {
    private final Iterator<? extends Map.Entry<?, ?>> entries;

    MapMembers(Iterator<? extends Map.Entry<?, ?>> entries) {
      this.entries = entries;
    }

    @Override
    public boolean hasNext() {
      return entries.hasNext();
    }

    @Override
    public Map.Entry<?, ?> next() {
      return entries.next();
    }
  }

  /**
   * Writes a value whose JSON text is known: an output that can copy pre-encoded bytes does, the
   * others write the value as usual.
   */
  @SuppressWarnings("unchecked")
  public void encoded(EncodedValue value) throws IOException {
    if (value.isMap()) {
      stringMap((Map<String, String>) value.value());
    } else {
      string((String) value.value());
    }
  }

  /** The members no property claims, after the declared ones. */
  public final void unknown(Map<String, Object> unknown) throws IOException {
    if (unknown == null) {
      return;
    }
    for (Map.Entry<String, Object> e : unknown.entrySet()) {
      key(e.getKey());
      any(e.getValue());
    }
  }
}
