package io.apimodel.runtime.internal;

import io.apimodel.runtime.JsonNumber;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * JSON as generated readers see it: a stream of tokens, whatever parses it (jackson-core 2, a
 * buffer of tokens that Jackson handed over, ...). An input supplies the tokens; the rules of what
 * a value of each type accepts live here, once, as final methods, so that every JSON
 * implementation reads alike: a string is never a number, a number with a fraction is never an
 * integer, an integer that does not fit is an error with its path, a number in an untyped value
 * that a {@code Double} would not write back as it was written is kept as a
 * {@link JsonNumber}.
 *
 * <p>Reading methods expect the input on the value's first token and leave it on its last token.
 * A value that does not fit fails with the exception {@link #invalid(String)} makes, whose message
 * names the path of the value ({@code subTasks[2].extId}).
 */
public abstract class JsonInput {

  // Token ids: the numbering of jackson-core's JsonTokenId, so that its parser needs no mapping.
  public static final int NO_TOKEN = 0;
  public static final int START_OBJECT = 1;
  public static final int END_OBJECT = 2;
  public static final int START_ARRAY = 3;
  public static final int END_ARRAY = 4;
  public static final int FIELD_NAME = 5;
  public static final int STRING = 6;
  public static final int NUMBER_INT = 7;
  public static final int NUMBER_FLOAT = 8;
  public static final int TRUE = 9;
  public static final int FALSE = 10;
  public static final int NULL = 11;

  /** {@link #nextMember}: the object has no more members. */
  public static final int END = -2;
  /** {@link #nextMember}: a member that no property claims; {@link #unknown} reads it. */
  public static final int UNKNOWN = -1;

  /** {@link #integerSize()}: an integer token that fits an {@code int}. */
  protected static final int INT_SIZE = 0;
  /** {@link #integerSize()}: an integer token that fits a {@code long} but not an {@code int}. */
  protected static final int LONG_SIZE = 1;
  /** {@link #integerSize()}: an integer token that does not fit a {@code long}. */
  protected static final int BIG_SIZE = 2;

  /**
   * Whether the object being started was entered by the caller already: Jackson hands a
   * deserializer an object whose first member name (or end) is the current token in some cases.
   */
  private boolean resumed;

  // ---- What an input supplies --------------------------------------------------------------

  /** The current token, one of the ids above ({@link #NO_TOKEN} at the end of the input). */
  protected abstract int token();

  /** Moves to the next token and returns it. */
  protected abstract int nextToken() throws IOException;

  /** Moves to the next member name of the current object and returns it; null at its end. */
  protected abstract String nextName() throws IOException;

  /** The name of the member the current token belongs to (its name or its value). */
  protected abstract String currentName() throws IOException;

  /** The text of the current string token (or member name). */
  protected abstract String text() throws IOException;

  /** The current number as written in the input. */
  protected abstract String numberText() throws IOException;

  /** The size of the current integer token: {@link #INT_SIZE}, {@link #LONG_SIZE} or {@link #BIG_SIZE}. */
  protected abstract int integerSize() throws IOException;

  protected abstract int tokenInt() throws IOException;

  protected abstract long tokenLong() throws IOException;

  protected abstract BigInteger tokenBigInteger() throws IOException;

  protected abstract double tokenDouble() throws IOException;

  protected abstract BigDecimal tokenDecimal() throws IOException;

  /** Marks the object just started as a map, so that paths show its keys as {@code [key]}. */
  protected abstract void markMap();

  /**
   * The exception for a value that does not fit, naming the path of the current value: the
   * caller throws it. An input whose failures are unchecked may throw instead of returning.
   */
  protected abstract IOException invalid(String problem);

  /**
   * How reading a copy of the object whose end this input is on fails: paths inside the copy are
   * put behind the object's path here. Unions copy an object whose {@code $objectType} comes after
   * other members, to read it once they know its type, before this input moves on; so the path
   * may be worked out when a failure needs it.
   */
  protected abstract JsonFailures failuresOfEndedObject();

  /** The current string token as a date-time; inputs may parse it without making a String. */
  protected OffsetDateTime tokenDateTime() throws IOException {
    return Rfc3339.parse(text());
  }

  /** Forgets what reading a document left behind, for an input that reads another one. */
  protected final void resetInput() {
    resumed = false;
    overlay = null;
    notes.clear();
  }

  // ---- Objects and arrays ------------------------------------------------------------------

  /** Whether the input is on an object (then it is entered), false on null; else an error. */
  public final boolean startObject() throws IOException {
    int t = token();
    if (t == START_OBJECT) {
      return true;
    }
    if (t == NULL) {
      return false;
    }
    if (t == FIELD_NAME || t == END_OBJECT) {
      resumed = true;
      return true;
    }
    throw wrongType("an object");
  }

  /**
   * Moves to the next member of the object and onto its value.
   *
   * @return the index of the property it belongs to, {@link #UNKNOWN}, or {@link #END} when the
   *     object has no more members
   */
  public final int nextMember(JsonMembers members) throws IOException {
    if (resumed) {
      resumed = false;
      if (token() == END_OBJECT) {
        return END;
      }
      String name = text();
      nextToken();
      return members.index(name);
    }
    return nextMemberOf(members);
  }

  /**
   * {@link #nextMember} in an object entered by this input: moves to the next member name and
   * onto its value. Inputs that parse bytes themselves find the property from the name's bytes.
   */
  protected int nextMemberOf(JsonMembers members) throws IOException {
    String name = nextName();
    if (name == null) {
      return END;
    }
    nextToken();
    return members.index(name);
  }

  /**
   * Records that the member {@code index} was read, failing if it was read before in the same
   * object; {@code seen} has one bit per property (the first 64).
   */
  public final long once(long seen, int index) throws IOException {
    long bit = 1L << index;
    if ((seen & bit) != 0) {
      throw duplicate();
    }
    return seen | bit;
  }

  /** {@link #once(long, int)} for objects with more than 64 properties. */
  public final void once(java.util.BitSet seen, int index) throws IOException {
    if (seen.get(index)) {
      throw duplicate();
    }
    seen.set(index);
  }

  IOException duplicate() throws IOException {
    return invalid("duplicate member \"" + currentName() + "\"");
  }

  /**
   * Reads the value of a member that no property claims into {@code unknown} (created on the
   * first one), failing on a name read before.
   */
  public final Map<String, Object> unknown(Map<String, Object> unknown) throws IOException {
    Map<String, Object> target = unknown == null ? new LinkedHashMap<>() : unknown;
    String name = currentName();
    if (target.containsKey(name)) {
      throw duplicate();
    }
    target.put(name, any());
    return target;
  }

  /** Whether the input is on an array (then it is entered), false on null; else an error. */
  public final boolean startArray() throws IOException {
    int t = token();
    if (t == START_ARRAY) {
      return true;
    }
    if (t == NULL) {
      return false;
    }
    throw wrongType("an array");
  }

  /** Moves onto the next item of the array; false at its end. */
  public final boolean nextItem() throws IOException {
    return nextToken() != END_ARRAY;
  }

  /** Whether the input is on {@code null}. */
  public final boolean isNull() {
    return token() == NULL;
  }

  /** Whether the input is on an object that maps keys to values (then it is entered), false on null. */
  public final boolean startMap() throws IOException {
    if (token() == START_OBJECT) {
      markMap();
      return true;
    }
    return startObject();
  }

  /** Moves to the next key of a map and onto its value; null at the end of the map. */
  public final String nextKey() throws IOException {
    String name;
    if (resumed) {
      resumed = false;
      if (token() == END_OBJECT) {
        return null;
      }
      name = text();
    } else {
      name = nextName();
      if (name == null) {
        return null;
      }
    }
    nextToken();
    return name;
  }

  /** Fails: a key that a map has already. */
  public final IOException duplicateKey() throws IOException {
    return duplicate();
  }

  /** A {@code Map<String, String>}: the most common map, read without going through its kind. */
  public final Map<String, String> stringMap() throws IOException {
    if (!startMap()) {
      return null;
    }
    LinkedHashMap<String, String> out = new LinkedHashMap<>();
    String key;
    while ((key = nextKey()) != null) {
      String value = string();
      if (out.containsKey(key)) {
        throw duplicate();
      }
      out.put(key, value);
    }
    return Values.adoptMap(out);
  }

  // ---- Scalars -----------------------------------------------------------------------------

  public final String string() throws IOException {
    int t = token();
    if (t == STRING) {
      return text();
    }
    if (t == NULL) {
      return null;
    }
    throw wrongType("a string");
  }

  /**
   * {@link #string()} of a property with a {@code @Pattern}, checked against it as it is read:
   * a string that breaks it is noted as a model's failed check is (see {@link ModelType#afterRead}).
   */
  public final String string(StringPattern pattern) throws IOException {
    if (token() == STRING && !stringMatches(pattern)) {
      notes.markFailed();
    }
    return string();
  }

  /**
   * The constant whose wire string the current string token is, found without making the string,
   * or null to look it up by the string: inputs of bytes compare the bytes.
   */
  protected <E extends Enum<E>> E stringConstant(EnumWire<E> wires) throws IOException {
    return null;
  }

  /** Whether the current string token contains a match of {@code pattern}; inputs of bytes may test the bytes. */
  protected boolean stringMatches(StringPattern pattern) throws IOException {
    return pattern.find(text());
  }

  public final Boolean bool() throws IOException {
    int t = token();
    if (t == TRUE) {
      return Boolean.TRUE;
    }
    if (t == FALSE) {
      return Boolean.FALSE;
    }
    if (t == NULL) {
      return null;
    }
    throw wrongType("true or false");
  }

  /** A {@code boolean}: {@code current} for null. */
  public final boolean boolOr(boolean current) throws IOException {
    Boolean value = bool();
    return value == null ? current : value;
  }

  public final Integer integer() throws IOException {
    int t = token();
    if (t == NUMBER_INT) {
      if (integerSize() == INT_SIZE) {
        return tokenInt();
      }
      throw invalid("the number " + numberText() + " does not fit in an int");
    }
    if (t == NULL) {
      return null;
    }
    throw wrongType("an integer");
  }

  /** An {@code int}: {@code current} for null. */
  public final int intOr(int current) throws IOException {
    if (token() == NUMBER_INT && integerSize() == INT_SIZE) {
      return tokenInt();
    }
    Integer value = integer();
    return value == null ? current : value;
  }

  public final Long longInteger() throws IOException {
    int t = token();
    if (t == NUMBER_INT) {
      if (integerSize() != BIG_SIZE) {
        return tokenLong();
      }
      throw invalid("the number " + numberText() + " does not fit in a long");
    }
    if (t == NULL) {
      return null;
    }
    throw wrongType("an integer");
  }

  /** A {@code long}: {@code current} for null. */
  public final long longOr(long current) throws IOException {
    Long value = longInteger();
    return value == null ? current : value;
  }

  public final BigInteger bigInteger() throws IOException {
    int t = token();
    if (t == NUMBER_INT) {
      return tokenBigInteger();
    }
    if (t == NULL) {
      return null;
    }
    throw wrongType("an integer");
  }

  public final Double decimal() throws IOException {
    int t = token();
    if (t == NUMBER_INT || t == NUMBER_FLOAT) {
      double d = tokenDouble();
      if (Double.isInfinite(d)) {
        throw invalid("the number " + numberText() + " does not fit in a double");
      }
      return d;
    }
    if (t == NULL) {
      return null;
    }
    throw wrongType("a number");
  }

  /** A {@code double}: {@code current} for null. */
  public final double doubleOr(double current) throws IOException {
    Double value = decimal();
    return value == null ? current : value;
  }

  /** A decimal number exactly as written. */
  public final BigDecimal bigDecimal() throws IOException {
    int t = token();
    if (t == NUMBER_INT || t == NUMBER_FLOAT) {
      try {
        return tokenDecimal();
      } catch (NumberFormatException | ArithmeticException e) {
        throw invalid("the number " + numberText() + " does not fit in a BigDecimal (its exponent is out of range)");
      }
    }
    if (t == NULL) {
      return null;
    }
    throw wrongType("a number");
  }

  public final UUID uuid() throws IOException {
    String text = string();
    if (text == null) {
      return null;
    }
    if (text.length() == 36) {
      try {
        return UUID.fromString(text);
      } catch (IllegalArgumentException e) {
        // reported below
      }
    }
    throw invalid("\"" + text + "\" is not a UUID");
  }

  /** An RFC 3339 date-time string: seconds required, a fraction of any length, an offset. */
  public final OffsetDateTime dateTime() throws IOException {
    int t = token();
    if (t == STRING) {
      try {
        return tokenDateTime();
      } catch (DateTimeException e) {
        throw invalid(e.getMessage());
      }
    }
    if (t == NULL) {
      return null;
    }
    throw wrongType("an RFC 3339 date-time string");
  }

  /** A {@code yyyy-MM-dd} date string. */
  public final LocalDate date() throws IOException {
    String text = string();
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw invalid("\"" + text + "\" is not a date (yyyy-MM-dd)");
    }
  }

  /**
   * The wire string of an enum constant and the constant it names.
   *
   * @return the constant; the enum's fallback constant for a wire string it does not know
   * @throws IOException for an unknown wire string when the enum has no fallback
   */
  public final <E extends Enum<E>> E enumValue(EnumWire<E> wires) throws IOException {
    overlay = null;
    if (token() == STRING) {
      E known = stringConstant(wires);
      if (known != null) {
        return known;
      }
    }
    String wire = string();
    if (wire == null) {
      return null;
    }
    E constant = wires.constant(wire);
    if (constant != null) {
      return constant;
    }
    if (wires.fallback() != null) {
      overlay = wire;
      return wires.fallback();
    }
    throw invalid("\"" + wire + "\" " + wires.notOneOf());
  }

  /**
   * The wire string that the last {@link #enumValue} read if it named no constant (and the
   * fallback constant stands in for it), else null: kept by the model and written back.
   */
  public final String unknownWire() {
    return (String) overlay;
  }

  /**
   * Any JSON value as plain Java values: {@code null}, {@code String}, {@code Boolean}, an
   * {@code Integer}/{@code Long}/{@code BigInteger}, a {@code Double} (a {@link JsonNumber} when
   * the double would not be written back as the number was written), an unmodifiable {@code List}
   * or {@code Map} (see {@link UntypedReader}).
   */
  public final Object any() throws IOException {
    return new UntypedReader(this).read();
  }

  // ---- Unknown wire strings inside containers ----------------------------------------------

  private Object overlay;

  /**
   * What the last reader of a kind that keeps unknown wire strings left: the raw string of an
   * unknown enum constant ({@link #enumValue} sets it), or a list or map of those in the shape of
   * a container; null when the value held none.
   */
  public final Object overlay() {
    return overlay;
  }

  final void overlay(Object overlay) {
    this.overlay = overlay;
  }

  // ---- What the checks after the read need ------------------------------------------------

  /** What reading the document noted for the checks after it; shared with inputs over copies. */
  private ReadNotes notes = new ReadNotes();

  final ReadNotes notes() {
    return notes;
  }

  /** Whether every model read so far passed the checks at its object's end (and every pattern read). */
  public final boolean passedChecks() {
    return notes.allPassed();
  }

  /**
   * {@code copy}, an input over a copy of part of this one, made to share this input's notes, so
   * that the checks after the read see what reading the copy noted.
   */
  final JsonInput adopt(JsonInput copy) {
    copy.notes = notes;
    return copy;
  }

  // ---- Failures ----------------------------------------------------------------------------

  /** The failure for a value of the wrong JSON type: {@code expected a string, got the number 5}. */
  public final IOException wrongType(String expected) throws IOException {
    return invalid("expected " + expected + ", got " + describe());
  }

  private String describe() throws IOException {
    switch (token()) {
      case NO_TOKEN:
        return "the end of the input";
      case STRING:
        String s = text();
        return "the string \"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
      case NUMBER_INT:
      case NUMBER_FLOAT:
        return "the number " + numberText();
      case TRUE:
        return "true";
      case FALSE:
        return "false";
      case NULL:
        return "null";
      case START_ARRAY:
        return "an array";
      case START_OBJECT:
        return "an object";
      default:
        return "a token " + token();
    }
  }
}
