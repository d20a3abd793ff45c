package io.apimodel.runtime.jackson;

import io.apimodel.runtime.Violation;
import io.apimodel.runtime.internal.JsonInput;
import io.apimodel.runtime.internal.JsonMembers;
import io.apimodel.runtime.internal.ModelType;
import io.apimodel.runtime.internal.Values;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
public final class Utf8Cursor extends CursorValues {

  /** {@link #firstMember}, {@link #nextMember}: the object has no more members. */
  public static final int END = JsonInput.END;
  /** {@link #firstMember}, {@link #nextMember}: a member that no property claims. */
  public static final int UNKNOWN = JsonInput.UNKNOWN;

  /**
   * Thrown when the document is to be read by {@link Utf8Input} instead; one instance, without a
   * stack trace, as it says nothing about where it came from.
   */
  public static final Detour DETOUR = new Detour();

  /** The last member name found by scanning (not by its guess): its bytes between the quotes. */
  private int nameStart;
  private int nameEnd;
  /** An empty list that checks put violations in (and take them out of) while finding whether any fails. */
  private List<Violation> scratch;

  /**
   * A cursor on byte {@code from} of {@code utf8}, reading up to {@code to}; a UTF-8 byte order
   * mark at the start of the array is skipped, as {@link Utf8Input} skips it.
   */
  public Utf8Cursor(byte[] utf8, int from, int to) {
    super(utf8, from, to, Utf8Input.MAX_DEPTH);
  }

  /** {@link #Utf8Cursor(byte[], int, int)} for a document read under the limits of {@code failures}' Jackson line. */
  public Utf8Cursor(byte[] utf8, int from, int to, Utf8Failures failures) {
    super(utf8, from, to, failures.maxDepth());
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
   * @param previous the property of the member before, or {@link #UNKNOWN} after a member that no
   *     property claims: then nothing is guessed, and nothing learnt, so that the guess for an
   *     object's first member (also kept under -1) stays right for documents with unknown members
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
    return previous == UNKNOWN ? scanName(members) : member(members, previous);
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
      if (quoted != null && Utf8Bytes.wordsAt(buf, end, members.quotedWords(guess), pos, quoted.length)) {
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

  private List<Violation> scratch() {
    if (scratch == null) {
      scratch = new ArrayList<>(4);
    }
    return scratch;
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

  /** The signal to read the document with {@link Utf8Input}. */
  public static final class Detour extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private Detour() {
      super("read by Utf8Input", null, false, false);
    }
  }
}
