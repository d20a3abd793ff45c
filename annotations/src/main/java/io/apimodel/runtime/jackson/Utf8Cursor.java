package io.apimodel.runtime.jackson;

import io.apimodel.runtime.internal.EnumWire;
import io.apimodel.runtime.internal.JsonInput;
import io.apimodel.runtime.internal.JsonMembers;
import io.apimodel.runtime.internal.ModelType;
import io.apimodel.runtime.internal.Rfc3339;
import io.apimodel.runtime.internal.StringPattern;
import io.apimodel.runtime.internal.Values;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The fast lane of the direct path: a position in UTF-8 bytes and nothing else, read by the
 * generated {@code read(Utf8Cursor)} methods. It reads JSON the way an API sends it (members in
 * their usual order, plain ASCII names, strings, numbers, date-times, lists and maps of them) and
 * keeps no token, no path and no stack of names.
 *
 * <p>It decides nothing that it could decide differently from {@link Utf8Input}. A value it does
 * not read itself (one with an escape or a non-ASCII character, a union, a decimal, an unknown
 * member's value) is read by a {@code Utf8Input} over the same bytes, which then hands the position
 * back. Anything else that is not plainly right (bad JSON, a wrong type, a repeated member, a
 * number that does not fit, a broken constraint, a limit reached) throws {@link #DETOUR}: the caller
 * then reads the whole document again with {@code Utf8Input}, which fails, or not, exactly as
 * jackson-core's parser and the mapper do, with the path and the location. So a document is either
 * read here to the same object, or read there.
 */
public final class Utf8Cursor {

  /** {@link #firstMember}, {@link #nextMember}: the object has no more members. */
  public static final int END = JsonInput.END;
  /** {@link #firstMember}, {@link #nextMember}: a member that no property claims. */
  public static final int UNKNOWN = JsonInput.UNKNOWN;

  /**
   * Thrown when the document is to be read by {@link Utf8Input} instead; one instance, without a
   * stack trace, as it says nothing about where it came from.
   */
  public static final Detour DETOUR = new Detour();

  /**
   * Nesting deeper than this is read by {@link Utf8Input}, whose limit (1,000) is then checked
   * where it is reached, with its message.
   */
  static final int MAX_DEPTH = 200;

  private final byte[] buf;
  private final int end;
  private int pos;
  private int depth;
  /** The last member name found by scanning (not by {@link #quotesAt}): its bytes between the quotes. */
  private int nameStart;
  private int nameEnd;
  /** What {@link #enumValue} and {@link #read} leave for {@link #unknownWire} and {@link #overlay}. */
  private Object overlay;
  /** An empty list that checks put violations in (and take them out of) while finding whether any fails. */
  private java.util.List<io.apimodel.runtime.Violation> scratch;

  /**
   * A cursor on byte {@code from} of {@code utf8}, reading up to {@code to}; a UTF-8 byte order
   * mark at the start of the array is skipped, as {@link Utf8Input} skips it.
   */
  public Utf8Cursor(byte[] utf8, int from, int to) {
    buf = utf8;
    end = to;
    pos = from;
    if (from == 0 && to >= 3 && (utf8[0] & 0xFF) == 0xEF && (utf8[1] & 0xFF) == 0xBB && (utf8[2] & 0xFF) == 0xBF) {
      pos = 3;
    }
  }

  /** The offset of the byte after the last value read. */
  public int position() {
    return pos;
  }

  /** Whether only white space follows the value just read. */
  public boolean atEnd() {
    return skipSpace() < 0;
  }

  // ---- Structure ---------------------------------------------------------------------------

  /** Whether the next value is an object (then it is entered), false for {@code null}. */
  public boolean startObject() {
    int b = skipSpace();
    if (b == '{') {
      enter();
      return true;
    }
    return notNull(b);
  }

  /** Whether the next value is an array (then it is entered), false for {@code null}. */
  public boolean startArray() {
    int b = skipSpace();
    if (b == '[') {
      enter();
      return true;
    }
    return notNull(b);
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw DETOUR;
    }
    pos++;
  }

  /** The first member of the object just entered, as {@link #nextMember} finds it. */
  public int firstMember(JsonMembers members) {
    int b = skipSpace();
    if (b == '}') {
      return leave();
    }
    return member(members, -1);
  }

  /**
   * Moves past the next member's name and colon, onto its value.
   *
   * @param previous the property of the member before (-1 for none or an unknown one)
   * @return the index of the property it belongs to, {@link #UNKNOWN}, or {@link #END} past the
   *     object's end
   */
  public int nextMember(JsonMembers members, int previous) {
    byte[] bytes = buf;
    int i = pos;
    if (i < end && bytes[i] == ',') {
      pos = i + 1;
    } else {
      int b = skipSpace();
      if (b == '}') {
        return leave();
      }
      if (b != ',') {
        throw DETOUR;
      }
      pos++;
    }
    return member(members, previous);
  }

  private int leave() {
    pos++;
    depth--;
    return END;
  }

  /**
   * The member whose name starts at or after {@code pos}: first compared with the name that
   * {@link JsonMembers#expected} guesses, in quotes and with its colon, as compact JSON has it.
   */
  private int member(JsonMembers members, int previous) {
    int guess = members.expected(previous);
    if (guess < members.size()) {
      byte[] quoted = members.quotedName(guess);
      if (quoted != null && quotesAt(members.quotedWords(guess), quoted.length)) {
        pos += quoted.length;
        return guess;
      }
    }
    int index = scanName(members);
    if (index >= 0 && index != guess) {
      members.learn(previous, index);
    }
    return index;
  }

  /** Whether the {@code length} bytes at {@code pos} are the ones {@code words} hold, eight to a word. */
  private boolean quotesAt(long[] words, int length) {
    int at = pos;
    if (at + length > end) {
      return false;
    }
    byte[] bytes = buf;
    int last = words.length - 1;
    int i = at;
    for (int k = 0; k < last; k++, i += 8) {
      if (Utf8Bytes.word(bytes, i) != words[k]) {
        return false;
      }
    }
    int rest = at + length - i;
    long w = i + 8 <= end ? Utf8Bytes.word(bytes, i) & (-1L >>> (64 - (rest << 3))) : JsonMembers.word(bytes, i, at + length);
    return w == words[last];
  }

  /** Scans a plain member name and its colon; looks the name up. */
  private int scanName(JsonMembers members) {
    int b = skipSpace();
    if (b != '"') {
      throw DETOUR;
    }
    int start = pos + 1;
    int stop = plainEnd(start);
    if (stop < 0 || stop - start > Utf8Input.MAX_NAME_LENGTH) {
      throw DETOUR; // escapes, non-ASCII or a very long name: Utf8Input's
    }
    nameStart = start;
    nameEnd = stop;
    pos = stop + 1;
    if (skipSpace() != ':') {
      throw DETOUR;
    }
    pos++;
    return members.index(buf, start, stop, JsonMembers.hash(buf, start, stop),
        JsonMembers.word(buf, start, stop), JsonMembers.word(buf, start + 8, stop));
  }

  /**
   * The offset of the closing quote of the string whose text starts at {@code start}, if the text
   * is plain (printable ASCII, no backslash); else -1.
   */
  private int plainEnd(int start) {
    byte[] bytes = buf;
    int stop = end;
    int i = start;
    while (i + 8 <= stop) {
      long special = Utf8Bytes.stringStops(Utf8Bytes.word(bytes, i));
      if (special != 0) {
        i += Long.numberOfTrailingZeros(special) >>> 3;
        return bytes[i] == '"' ? i : -1;
      }
      i += 8;
    }
    for (; i < stop; i++) {
      byte c = bytes[i];
      if (c == '"') {
        return i;
      }
      if (c == '\\' || c < 0x20) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Records that member {@code index} was read; a second time in one object goes to
   * {@link Utf8Input}, which reports it.
   */
  public long once(long seen, int index) {
    long bit = 1L << index;
    if ((seen & bit) != 0) {
      throw DETOUR;
    }
    return seen | bit;
  }

  /** {@link #once(long, int)} for objects with more than 64 properties. */
  public void once(BitSet seen, int index) {
    if (seen.get(index)) {
      throw DETOUR;
    }
    seen.set(index);
  }

  /**
   * Reads the value of a member that no property claims into {@code unknown} (created on the
   * first one), by {@link Utf8Input#any}.
   */
  public Map<String, Object> unknown(Map<String, Object> unknown) {
    Map<String, Object> target = unknown == null ? new LinkedHashMap<>() : unknown;
    String name = new String(buf, nameStart, nameEnd - nameStart, StandardCharsets.ISO_8859_1);
    if (target.containsKey(name)) {
      throw DETOUR;
    }
    target.put(name, any());
    return target;
  }

  /** Whether there is a first item in the array just entered (the input is then on it). */
  public boolean firstItem() {
    if (skipSpace() == ']') {
      pos++;
      depth--;
      return false;
    }
    return true;
  }

  /** Whether there is a next item in the array (the input is then past its comma). */
  public boolean nextItem() {
    int b = skipSpace();
    if (b == ',') {
      pos++;
      return true;
    }
    if (b == ']') {
      pos++;
      depth--;
      return false;
    }
    throw DETOUR;
  }

  /**
   * The end of a model's object: whether it passes the checks that its reader with
   * {@link Utf8Input} would make there; if not, that reader is to report them.
   *
   * @param seen the members read, one bit per property
   * @param checkedOnRead the properties whose checks the generated reader made as it read them
   */
  public <M> void check(ModelType<M> type, M model, long seen, long checkedOnRead) {
    if (!type.passesRead(model, seen, checkedOnRead, scratch())) {
      throw DETOUR;
    }
  }

  /** An item of a list: a null one breaks the list's rule that items are not null. */
  public <T> T nonNull(T item) {
    if (item == null) {
      throw DETOUR;
    }
    return item;
  }

  /** A list's {@code @Size}: {@code size} items, from {@code min} to {@code max}. */
  public void checkSize(int size, int min, int max) {
    if (size < min || size > max) {
      throw DETOUR;
    }
  }

  /** {@link #check(ModelType, Object, long, long)} for models with more than 64 properties. */
  public <M> void check(ModelType<M> type, M model, BitSet seen) {
    if (!type.passesRead(model, seen, scratch())) {
      throw DETOUR;
    }
  }

  private java.util.List<io.apimodel.runtime.Violation> scratch() {
    if (scratch == null) {
      scratch = new java.util.ArrayList<>(4);
    }
    return scratch;
  }

  // ---- Values ------------------------------------------------------------------------------

  /** Whether {@code b}, the next byte, starts {@code null} (false, moved past it); else a detour. */
  private boolean notNull(int b) {
    if (b == 'n' && pos + 4 <= end && buf[pos + 1] == 'u' && buf[pos + 2] == 'l' && buf[pos + 3] == 'l') {
      pos += 4;
      return false;
    }
    throw DETOUR;
  }

  /**
   * Moves onto the text of the string that is the next value and returns where it ends (its
   * closing quote), if it is plain; -1 with the input left on the string's quote if it is not; -2
   * past {@code null}.
   */
  private int plainString() {
    int b = skipSpace();
    if (b == '"') {
      int stop = plainEnd(pos + 1);
      if (stop < 0 || stop - pos - 1 > Utf8Input.MAX_STRING_LENGTH) {
        return -1;
      }
      pos++;
      return stop;
    }
    notNull(b);
    return -2;
  }

  public String string() {
    int stop = plainString();
    if (stop >= 0) {
      String s = new String(buf, pos, stop - pos, StandardCharsets.ISO_8859_1);
      pos = stop + 1;
      return s;
    }
    return stop == -2 ? null : readString();
  }

  /** A string with escapes or non-ASCII characters, by {@link Utf8Input}. */
  private String readString() {
    return byInput(JsonInput::string);
  }

  /** {@link #string()} of a property with a {@code @Pattern}: one that breaks it goes to {@link Utf8Input}. */
  public String string(StringPattern pattern) {
    int stop = plainString();
    if (stop >= 0) {
      if (!pattern.findAscii(buf, pos, stop)) {
        throw DETOUR;
      }
      String s = new String(buf, pos, stop - pos, StandardCharsets.ISO_8859_1);
      pos = stop + 1;
      return s;
    }
    if (stop == -2) {
      return null;
    }
    String s = readString();
    if (!pattern.find(s)) {
      throw DETOUR;
    }
    return s;
  }

  /** An RFC 3339 date-time string. */
  public OffsetDateTime dateTime() {
    int stop = plainString();
    if (stop >= 0) {
      try {
        OffsetDateTime value = Rfc3339.parse(buf, pos, stop - pos);
        pos = stop + 1;
        return value;
      } catch (DateTimeException e) {
        throw DETOUR;
      }
    }
    return stop == -2 ? null : byInput(JsonInput::dateTime);
  }

  /**
   * The constant whose wire string is the next value; for an unknown wire string, the enum's
   * fallback (the string is then kept for {@link #unknownWire}).
   */
  public <E extends Enum<E>> E enumValue(EnumWire<E> wires) {
    overlay = null;
    int stop = plainString();
    String wire;
    if (stop >= 0) {
      E constant = wires.constant(buf, pos, stop);
      if (constant != null) {
        pos = stop + 1;
        return constant;
      }
      wire = new String(buf, pos, stop - pos, StandardCharsets.ISO_8859_1);
      pos = stop + 1;
    } else if (stop == -2) {
      return null;
    } else {
      wire = readString();
    }
    E constant = wires.constant(wire);
    if (constant != null) {
      return constant;
    }
    if (wires.fallback() == null) {
      throw DETOUR;
    }
    overlay = wire;
    return wires.fallback();
  }

  /** The wire string that the last {@link #enumValue} kept, or null. */
  public String unknownWire() {
    return (String) overlay;
  }

  /** What the last {@link #read} of a list or map of enums kept of its unknown wire strings, or null. */
  public Object overlay() {
    return overlay;
  }

  public Boolean bool() {
    int b = skipSpace();
    if (b == 't' && pos + 4 <= end && buf[pos + 1] == 'r' && buf[pos + 2] == 'u' && buf[pos + 3] == 'e') {
      pos += 4;
      return Boolean.TRUE;
    }
    if (b == 'f' && pos + 5 <= end && buf[pos + 1] == 'a' && buf[pos + 2] == 'l' && buf[pos + 3] == 's'
        && buf[pos + 4] == 'e') {
      pos += 5;
      return Boolean.FALSE;
    }
    notNull(b);
    return null;
  }

  /** A {@code boolean}: {@code current} for null. */
  public boolean boolOr(boolean current) {
    Boolean value = bool();
    return value == null ? current : value;
  }

  /** {@link #wholeNumber()}: the next value is {@code null} (then past it). */
  private boolean wasNull;

  /**
   * The next value as an integer of at most 18 digits, with nothing after it that would make it
   * a fraction; 0 with {@link #wasNull} for {@code null}. Anything else goes to {@link Utf8Input}.
   */
  private long wholeNumber() {
    int b = skipSpace();
    wasNull = false;
    if (b == 'n') {
      notNull(b);
      wasNull = true;
      return 0;
    }
    byte[] bytes = buf;
    int i = pos;
    boolean negative = b == '-';
    if (negative) {
      i++;
    }
    int from = i;
    long value = 0;
    int stop = Math.min(end, from + 19);
    while (i < stop) {
      int d = bytes[i] - '0';
      if (d < 0 || d > 9) {
        break;
      }
      value = value * 10 + d;
      i++;
    }
    int digits = i - from;
    // none, a leading zero, 19 or more digits, a fraction or an exponent: Utf8Input's
    if (digits == 0 || digits > 18 || bytes[from] == '0' && digits > 1
        || i < end && (bytes[i] == '.' || bytes[i] == 'e' || bytes[i] == 'E')) {
      throw DETOUR;
    }
    pos = i;
    return negative ? -value : value;
  }

  public Integer integer() {
    long v = wholeNumber();
    if (wasNull) {
      return null;
    }
    if (v != (int) v) {
      throw DETOUR;
    }
    return (int) v;
  }

  /** An {@code int}: {@code current} for null. */
  public int intOr(int current) {
    long v = wholeNumber();
    if (wasNull) {
      return current;
    }
    if (v != (int) v) {
      throw DETOUR;
    }
    return (int) v;
  }

  /** {@link #integer()} of a property with a {@code @Range}: one out of it goes to {@link Utf8Input}. */
  public Integer integer(long min, long max) {
    Integer value = integer();
    if (value != null && (value < min || value > max)) {
      throw DETOUR;
    }
    return value;
  }

  /** {@link #intOr(int)} of a property with a {@code @Range}, which also holds for the value kept on null. */
  public int intOr(int current, long min, long max) {
    int value = intOr(current);
    if (value < min || value > max) {
      throw DETOUR;
    }
    return value;
  }

  public Long longInteger() {
    long v = wholeNumber();
    return wasNull ? null : v;
  }

  /** A {@code long}: {@code current} for null. */
  public long longOr(long current) {
    long v = wholeNumber();
    return wasNull ? current : v;
  }

  /** {@link #longInteger()} of a property with a {@code @Range}. */
  public Long longInteger(long min, long max) {
    Long value = longInteger();
    if (value != null && (value < min || value > max)) {
      throw DETOUR;
    }
    return value;
  }

  /** {@link #longOr(long)} of a property with a {@code @Range}, which also holds for the value kept on null. */
  public long longOr(long current, long min, long max) {
    long value = longOr(current);
    if (value < min || value > max) {
      throw DETOUR;
    }
    return value;
  }

  public Double decimal() {
    int b = skipSpace();
    if (b == 'n') {
      notNull(b);
      return null;
    }
    int start = pos;
    int stop = numberEnd(start);
    if (stop < 0) {
      throw DETOUR;
    }
    double d = Double.parseDouble(new String(buf, start, stop - start, StandardCharsets.ISO_8859_1));
    if (Double.isInfinite(d)) {
      throw DETOUR;
    }
    pos = stop;
    return d;
  }

  /** A {@code double}: {@code current} for null. */
  public double doubleOr(double current) {
    Double value = decimal();
    return value == null ? current : value;
  }

  /** {@link #decimal()} of a property with a {@code @Range}, compared as Java compares a double with a long. */
  public Double decimal(long min, long max) {
    Double value = decimal();
    if (value != null && outOfRange(value, min, max)) {
      throw DETOUR;
    }
    return value;
  }

  /** {@link #doubleOr(double)} of a property with a {@code @Range}, which also holds for the value kept on null. */
  public double doubleOr(double current, long min, long max) {
    double value = doubleOr(current);
    if (outOfRange(value, min, max)) {
      throw DETOUR;
    }
    return value;
  }

  /** Whether {@code value} is below {@code min} or above {@code max}, each {@code Long.MIN_VALUE}/{@code MAX_VALUE} for none. */
  private static boolean outOfRange(double value, long min, long max) {
    return min != Long.MIN_VALUE && value < (double) min || max != Long.MAX_VALUE && value > (double) max;
  }

  /**
   * Where the JSON number at {@code start} ends, if it is well formed and at most 1,000 bytes
   * long; else -1.
   */
  private int numberEnd(int start) {
    byte[] bytes = buf;
    int i = start;
    if (i < end && bytes[i] == '-') {
      i++;
    }
    int from = i;
    i = digitsEnd(i);
    if (i == from || bytes[from] == '0' && i - from > 1) {
      return -1;
    }
    if (i < end && bytes[i] == '.') {
      int f = ++i;
      i = digitsEnd(i);
      if (i == f) {
        return -1;
      }
    }
    if (i < end && (bytes[i] == 'e' || bytes[i] == 'E')) {
      i++;
      if (i < end && (bytes[i] == '+' || bytes[i] == '-')) {
        i++;
      }
      int f = i;
      i = digitsEnd(i);
      if (i == f) {
        return -1;
      }
    }
    return i - start > Utf8Input.MAX_NUMBER_LENGTH ? -1 : i;
  }

  private int digitsEnd(int i) {
    while (i < end && buf[i] >= '0' && buf[i] <= '9') {
      i++;
    }
    return i;
  }

  /** A {@code Map<String, String>} with plain keys; other keys go to {@link Utf8Input}. */
  public Map<String, String> stringMap() {
    if (!startObject()) {
      return null;
    }
    LinkedHashMap<String, String> map = new LinkedHashMap<>();
    int b = skipSpace();
    if (b != '}') {
      while (true) {
        String key = key(b);
        String value = string();
        if (map.containsKey(key)) {
          throw DETOUR;
        }
        map.put(key, value);
        b = skipSpace();
        if (b == '}') {
          break;
        }
        if (b != ',') {
          throw DETOUR;
        }
        pos++;
        b = skipSpace();
      }
    }
    pos++;
    depth--;
    return Values.adoptMap(map);
  }

  /** A map's plain key starting with byte {@code b}, and its colon. */
  private String key(int b) {
    if (b != '"') {
      throw DETOUR;
    }
    int start = pos + 1;
    int stop = plainEnd(start);
    if (stop < 0 || stop - start > Utf8Input.MAX_NAME_LENGTH) {
      throw DETOUR;
    }
    pos = stop + 1;
    if (skipSpace() != ':') {
      throw DETOUR;
    }
    pos++;
    return new String(buf, start, stop - start, StandardCharsets.ISO_8859_1);
  }

  // ---- Values read by Utf8Input ------------------------------------------------------------

  public BigDecimal bigDecimal() {
    return byInput(JsonInput::bigDecimal);
  }

  public BigInteger bigInteger() {
    return byInput(JsonInput::bigInteger);
  }

  public UUID uuid() {
    return byInput(JsonInput::uuid);
  }

  public LocalDate date() {
    return byInput(JsonInput::date);
  }

  /** Any JSON value as plain Java values, as {@link JsonInput#any()} reads it. */
  public Object any() {
    return byInput(JsonInput::any);
  }

  /**
   * A value of property {@code property} of {@code type} (a union, a map of models, a nested
   * list, ...), read by the property's kind over a {@link Utf8Input}; what it kept of unknown wire
   * strings is then {@link #overlay}.
   */
  public <T> T read(ModelType<?> type, int property) {
    return byInput(in -> {
      T value = type.readValue(property, in);
      overlay = in.overlay();
      return value;
    });
  }

  /** How a {@link Utf8Input} reads one value. */
  private interface ValueReader<T> {
    T read(JsonInput in) throws IOException;
  }

  /**
   * The next value as {@code reader} reads it from a {@link Utf8Input} over the same bytes, nested
   * as deep as this cursor is, which then hands the position back; a failure, or a check that
   * failed on the way, is a detour.
   */
  private <T> T byInput(ValueReader<T> reader) {
    Utf8Input in = Utf8Input.acquireValue(buf, pos, end, depth);
    try {
      in.start();
      T value = reader.read(in);
      if (!in.passedChecks()) {
        throw DETOUR;
      }
      pos = in.valueEnd();
      return value;
    } catch (IOException e) {
      throw DETOUR;
    } finally {
      in.release();
    }
  }

  /**
   * Skips white space; returns the next byte (0 to 255), or -1 at the end of the input.
   */
  private int skipSpace() {
    byte[] bytes = buf;
    int i = pos;
    while (i < end) {
      int b = bytes[i] & 0xFF;
      if (b > ' ' || b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        pos = i;
        return b;
      }
      i++;
    }
    pos = i;
    return -1;
  }

  /** The signal to read the document with {@link Utf8Input}. */
  public static final class Detour extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private Detour() {
      super("read by Utf8Input", null, false, false);
    }
  }
}
