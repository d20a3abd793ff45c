package io.apimodel.runtime.jackson;

import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.internal.JsonPaths;
import io.apimodel.runtime.internal.EnumWire;
import io.apimodel.runtime.internal.JsonFailures;
import io.apimodel.runtime.internal.JsonInput;
import io.apimodel.runtime.internal.JsonMembers;
import io.apimodel.runtime.internal.Rfc3339;
import io.apimodel.runtime.internal.StringPattern;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;

/**
 * JSON in UTF-8 read straight from a byte array, with no jackson-core parser in between: the input
 * of the generated {@code fromJson(byte[])} and {@code fromJson(String)}.
 *
 * <p>It accepts exactly what jackson-core's parser accepts with its default settings (RFC 8259
 * JSON; a UTF-8 byte order mark skipped; well-formed UTF-8 only, as RFC 3629 defines it) and enforces
 * the same default stream limits: nesting depth 1,000, numbers of 1,000 characters, strings of
 * 20,000,000 and member names of 50,000. Failures are Jackson exceptions with the location (line
 * and column, counted in bytes) and, for values that do not fit, the path, worded as the mapper's.
 *
 * <p>Member names are matched against a model's properties by their bytes; strings and numbers
 * become Java values only when a reader asks for them, straight from the buffer.
 */
public final class Utf8Input extends JsonInput {

  static final int MAX_DEPTH = 1000;
  static final int MAX_NUMBER_LENGTH = 1000;
  static final int MAX_STRING_LENGTH = 20_000_000;
  static final int MAX_NAME_LENGTH = 50_000;

  private static final byte IN_OBJECT = 1;
  private static final byte IN_ARRAY = 2;

  private static final byte[] NOTHING = new byte[0];
  private static final ThreadLocal<Utf8Input> CACHED = new ThreadLocal<>();

  private byte[] buf;
  private int end;
  private boolean inUse;
  /** Makes the exceptions of the Jackson line that reads (see {@link Utf8Failures}). */
  private Utf8Failures failures;
  /** Whether the bytes encode a {@code String}: then locations count its characters, not bytes. */
  private boolean text;
  /** The next byte to read. */
  private int pos;
  private int tok = NO_TOKEN;
  /** Where the current token starts. */
  private int tokStart;
  /** Whether the root value has been started. */
  private boolean rootStarted;
  /** Whether the bytes are one value inside a document (see {@link #acquireValue}). */
  private boolean embedded;
  /** The nesting and string length limits of the Jackson line (its {@link Utf8Failures}). */
  private int depthLimit = MAX_DEPTH;
  private int stringLimit = MAX_STRING_LENGTH;
  /** The deepest nesting allowed: less than {@link #depthLimit} for a value inside a document. */
  private int maxDepth = MAX_DEPTH;

  /** The current string token (or member name): its bytes between the quotes. */
  private int strStart;
  private int strEnd;
  /** Whether those bytes are the text as it is: ASCII without escapes. */
  private boolean strPlain;
  /** Whether the current string token is yet to be scanned: its end is not known yet. */
  private boolean strPending;
  /** The text of the current string token, once made. */
  private String strText;

  /** The current number: where it ends, its value if it is an integer that fits a long, its size. */
  private int numEnd;
  private long numLong;
  private int numSize;

  // The open objects and arrays; depth 0 is the root.
  private int depth;
  private byte[] ctxType = new byte[16];
  /** Members or items started in each. */
  private int[] ctxCount = new int[16];
  /** The current member name of each object: bytes and whether plain, its text once made. */
  private int[] nameStart = new int[16];
  private int[] nameEnd = new int[16];
  private boolean[] namePlain = new boolean[16];
  private String[] nameText = new String[16];
  /** Whether {@link #nameText} may hold any name, to be let go by {@link #release()}. */
  private boolean namesMade;
  private boolean[] ctxMap = new boolean[16];
  /** The property of the last member found in each object, for {@link #nextMemberOf}. */
  private int[] lastIndex = new int[16];


  /**
   * @param utf8 JSON in UTF-8; not copied, and not to be changed while this input reads it
   */
  public Utf8Input(byte[] utf8) {
    this(utf8, Jackson2Failures.INSTANCE);
  }

  /** Only the methods that fail as Jackson 2 does name {@link Jackson2Failures}: Jackson 3 users may lack Jackson 2. */
  private Utf8Input(byte[] utf8, Utf8Failures failures) {
    reset(utf8);
    this.failures = failures;
  }

  /**
   * An input over {@code utf8} for one document on this thread, reusing the thread's last one (its
   * buffers for paths and date-times); give it back with {@link #release()}.
   */
  public static Utf8Input acquire(byte[] utf8) {
    return acquire(utf8, 0, utf8.length);
  }

  /** {@link #acquire(byte[])} of the bytes {@code [from, to)} of {@code utf8}, failing as Jackson 2 does. */
  public static Utf8Input acquire(byte[] utf8, int from, int to) {
    return acquire(utf8, from, to, Jackson2Failures.INSTANCE);
  }

  /**
   * {@link #acquire(byte[])} of the bytes {@code [from, to)} of {@code utf8}, failing as
   * {@code failures} makes failures.
   */
  public static Utf8Input acquire(byte[] utf8, int from, int to, Utf8Failures failures) {
    Utf8Input in = CACHED.get();
    if (in == null || in.inUse) {
      in = new Utf8Input(utf8, failures);
      if (CACHED.get() == null) {
        CACHED.set(in);
      }
    }
    in.reset(utf8, from, to);
    in.inUse = true;
    in.failures = failures;
    in.depthLimit = failures.maxDepth();
    in.stringLimit = failures.maxStringLength();
    in.maxDepth = in.depthLimit;
    return in;
  }

  /**
   * {@link #acquire(byte[], int, int)} for one value inside a document that a {@link Utf8Cursor}
   * is reading, {@code depth} objects and arrays deep: the value may be followed by more of the
   * document (see {@link #valueEnd}), and nesting counts from that depth towards the document's
   * {@code depthLimit}. A failure makes no
   * exception of any Jackson's ({@link Utf8Failures#DETOURS}): the document goes to the exact reader.
   */
  static Utf8Input acquireValue(byte[] utf8, int from, int to, int depth, int depthLimit) {
    Utf8Input in = acquire(utf8, from, to, Utf8Failures.DETOURS);
    in.embedded = true;
    in.depthLimit = depthLimit;
    in.maxDepth = depthLimit - depth;
    return in;
  }

  /** Where the value just read ends: the offset of the byte after it. */
  int valueEnd() throws IOException {
    if (strPending) {
      scanString();
    }
    return pos;
  }

  /**
   * Tells this input that its bytes are the UTF-8 encoding of a {@code String}, such as the text
   * handed to {@code fromJson(String)}: failures then give their locations in characters of that
   * text, as jackson-core's parser of characters does.
   */
  public void readsText() {
    text = true;
  }

  /** Ends the use that {@link #acquire(byte[])} began; keeps nothing of the document. */
  public void release() {
    inUse = false;
    buf = NOTHING;
    end = 0;
    strText = null;
    if (namesMade) {
      Arrays.fill(nameText, null);
      namesMade = false;
    }
  }

  private void reset(byte[] utf8) {
    reset(utf8, 0, utf8.length);
  }

  private void reset(byte[] utf8, int from, int to) {
    resetInput();
    buf = utf8;
    end = to;
    pos = from + Utf8Bytes.byteOrderMark(utf8, from, to);
    tok = NO_TOKEN;
    tokStart = 0;
    text = false;
    rootStarted = false;
    strPending = false;
    strText = null;
    depth = 0;
    embedded = false;
    maxDepth = MAX_DEPTH;
  }

  /**
   * Whether jackson-core would read these bytes as UTF-8: no byte order mark of UTF-16 or UTF-32
   * and no zero byte among the first four (jackson-core takes those for UTF-16 or UTF-32).
   */
  public static boolean isUtf8(byte[] json) {
    int n = json.length;
    if (n >= 4) {
      int b0 = json[0];
      if (b0 == '{' || b0 == '[' || b0 == '"') { // the first byte rules out a byte order mark
        return json[1] != 0 && json[2] != 0 && json[3] != 0;
      }
    }
    n = Math.min(4, n);
    if (n >= 2) {
      int b0 = json[0] & 0xFF;
      int b1 = json[1] & 0xFF;
      if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
        return false;
      }
    }
    for (int i = 0; i < n; i++) {
      if (json[i] == 0) {
        return false;
      }
    }
    return true;
  }

  // ---- Tokens ------------------------------------------------------------------------------

  @Override
  protected int token() {
    return tok;
  }

  @Override
  protected int nextToken() throws IOException {
    int d = depth;
    if (d == 0) {
      if (rootStarted) {
        return tok = NO_TOKEN;
      }
      int b = skipSpace();
      if (b < 0) {
        return tok = NO_TOKEN;
      }
      rootStarted = true;
      return value(b);
    }
    if (ctxType[d] == IN_OBJECT) {
      if (tok == FIELD_NAME) {
        return value(skipSpace());
      }
      return member() ? FIELD_NAME : END_OBJECT;
    }
    int b = nextEntry(']', "Array");
    if (b == CLOSED) {
      return endArray();
    }
    ctxCount[d]++;
    return value(b);
  }

  /** {@link #nextEntry}: the object or array ends here. */
  private static final int CLOSED = -2;

  /**
   * The first byte of the next entry of the current object or array, past the comma before it;
   * {@link #CLOSED} when the container's {@code close} byte comes instead (not consumed).
   */
  private int nextEntry(int close, String container) throws IOException {
    int b = skipSpace();
    if (b == close) {
      return CLOSED;
    }
    if (ctxCount[depth] > 0) {
      if (b != ',') {
        throw unexpected(b, "was expecting comma to separate " + container + " entries");
      }
      pos++;
      b = skipSpace();
    }
    return b;
  }

  private int endArray() {
    pos++;
    tokStart = pos - 1;
    depth--;
    return tok = END_ARRAY;
  }

  /**
   * Moves past the next member name of the current object, or its end, working out on the way the
   * name's hash and first two words as {@link JsonMembers} wants them.
   *
   * @return true on a name, false at the end of the object
   */
  private boolean member() throws IOException {
    if (!startMember()) {
      return false;
    }
    scanName();
    return true;
  }

  /**
   * Moves past the comma before the next member of the current object onto its name's opening
   * quote; false at the end of the object (then past it).
   */
  private boolean startMember() throws IOException {
    int b = nextEntry('}', "Object");
    if (b == CLOSED) {
      return endObject();
    }
    if (b != '"') {
      throw unexpected(b, "was expecting double-quote to start field name");
    }
    return true;
  }

  /** Scans the member name whose opening quote the input is on, and the colon after it. */
  private void scanName() throws IOException {
    int d = depth;
    tokStart = pos;
    int start = ++pos;
    byte[] bytes = buf;
    int stop = end;
    int i = start;
    boolean plain = true;
    // Eight bytes at a time, hashing them as JsonMembers does, keeping the first two words.
    long h = JsonMembers.hashStart();
    long w0 = 0;
    long w1 = 0;
    int words = 0;
    while (true) {
      long w;
      int n;
      if (i + 8 <= stop) {
        w = Utf8Bytes.word(bytes, i);
        long special = Utf8Bytes.stringStops(w);
        if (special == 0) {
          h = JsonMembers.hashWord(h, w);
          if (words == 0) {
            w0 = w;
          } else if (words == 1) {
            w1 = w;
          }
          words++;
          i += 8;
          continue;
        }
        n = Long.numberOfTrailingZeros(special) >>> 3;
        w &= n == 0 ? 0 : -1L >>> (64 - (n << 3));
      } else {
        n = 0;
        w = 0;
        while (i + n < stop) {
          byte c = bytes[i + n];
          if (c == '"' || c == '\\' || c < 0x20) {
            break;
          }
          w |= (long) c << (n << 3);
          n++;
        }
        if (i + n >= stop) {
          throw endOfInput("in field name");
        }
      }
      if (bytes[i + n] == '"') {
        if (n > 0) {
          h = JsonMembers.hashWord(h, w);
          if (words == 0) {
            w0 = w;
          } else if (words == 1) {
            w1 = w;
          }
        }
        i += n;
        break;
      }
      i = scanRest(i + n, "in field name");
      plain = false;
      break;
    }
    if (i - start > MAX_NAME_LENGTH && Utf8Bytes.decode(buf, start, i).length() > MAX_NAME_LENGTH) {
      throw limit("Name length (" + Utf8Bytes.decode(buf, start, i).length() + ") exceeds the maximum allowed ("
          + MAX_NAME_LENGTH + ", from `StreamReadConstraints.getMaxNameLength()`)");
    }
    nameHash = JsonMembers.hashEnd(h, i - start);
    nameWord0 = w0;
    nameWord1 = w1;
    named(d, start, i, plain);
  }

  /** Notes the member name {@code [start, stop)} of the object at depth {@code d}, and moves past its colon. */
  private void named(int d, int start, int stop, boolean plain) throws IOException {
    pos = stop + 1;
    int b = skipSpace();
    if (b != ':') {
      throw unexpected(b, "was expecting a colon to separate field name and value");
    }
    pos++;
    noteName(d, start, stop, plain);
  }

  /** Notes the member name {@code [start, stop)} of the object at depth {@code d}, once past its colon. */
  private void noteName(int d, int start, int stop, boolean plain) {
    ctxCount[d]++;
    nameStart[d] = start;
    nameEnd[d] = stop;
    namePlain[d] = plain;
    nameText[d] = null;
    tok = FIELD_NAME;
  }

  /**
   * Whether the bytes at {@code at} are {@code quoted}, a member name with its quotes and colon;
   * {@code words} are its bytes as {@link JsonMembers#word} reads them.
   */
  private boolean quotes(byte[] quoted, long[] words, int at) {
    return Utf8Bytes.wordsAt(buf, end, words, at, quoted.length);
  }

  private boolean endObject() {
    pos++;
    tokStart = pos - 1;
    depth--;
    tok = END_OBJECT;
    return false;
  }

  /** The hash and the first two words of the last member name, for {@link JsonMembers}. */
  private int nameHash;
  private long nameWord0;
  private long nameWord1;

  /**
   * The next member, found by its bytes. Objects of an API nearly always list their members in
   * one order, so the name is first compared with the property that {@link JsonMembers#expected}
   * guesses from the last one found in this object (the next property, or the one that came next
   * last time): when its bytes are the name's, the name is neither scanned nor looked up.
   */
  @Override
  protected int nextMemberOf(JsonMembers members) throws IOException {
    int d = depth;
    int previous = lastIndex[d];
    int predicted = members.expected(previous);
    byte[] quoted = predicted < members.size() ? members.quotedName(predicted) : null;
    if (quoted != null) {
      // Compact JSON: the comma (if one is due), then the guessed name with its quotes and colon.
      if (strPending) {
        scanString();
      }
      boolean comma = ctxCount[d] > 0;
      int at = comma && pos < end && buf[pos] == ',' ? pos + 1 : pos;
      if ((at > pos) == comma && quotes(quoted, members.quotedWords(predicted), at)) {
        int length = quoted.length;
        tokStart = at;
        pos = at + length;
        noteName(d, at + 1, at + length - 2, true);
        lastIndex[d] = predicted;
        value(skipSpace());
        return predicted;
      }
    }
    if (!startMember()) {
      return END;
    }
    int index;
    int from = pos + 1;
    int length = predicted < members.size() ? predicts(members.plainName(predicted), members.nameWords(predicted), from) : -1;
    if (length >= 0) {
      tokStart = pos;
      named(d, from, from + length, true);
      index = predicted;
    } else {
      scanName();
      index = namePlain[d]
          ? members.index(buf, nameStart[d], nameEnd[d], nameHash, nameWord0, nameWord1)
          : members.index(nameOf(d));
      if (index >= 0 && index != predicted) {
        members.learn(previous, index);
      }
    }
    if (index >= 0) {
      lastIndex[d] = index;
    }
    value(skipSpace());
    return index;
  }

  /**
   * The length of {@code name} if the bytes at {@code from} are that name and its closing quote,
   * else -1; {@code words} are its bytes as {@link JsonMembers#word} reads them.
   */
  private int predicts(byte[] name, long[] words, int from) {
    if (name == null) {
      return -1;
    }
    int close = from + name.length;
    if (close >= end || buf[close] != '"') {
      return -1;
    }
    return Utf8Bytes.wordsAt(buf, end, words, from, name.length) ? name.length : -1;
  }

  @Override
  protected String nextName() throws IOException {
    return member() ? nameOf(depth) : null;
  }

  /** Reads the value starting with byte {@code b}. */
  private int value(int b) throws IOException {
    tokStart = pos;
    switch (b) {
      case '{':
        push(IN_OBJECT);
        return tok = START_OBJECT;
      case '[':
        push(IN_ARRAY);
        return tok = START_ARRAY;
      case '"':
        strStart = pos + 1; // scanned when needed: a reader may fail on the member first, as jackson-core's does
        strPending = true;
        strText = null;
        return tok = STRING;
      case '-': case '0': case '1': case '2': case '3': case '4':
      case '5': case '6': case '7': case '8': case '9':
        return tok = number(b);
      case 't':
        keyword("true");
        return tok = TRUE;
      case 'f':
        keyword("false");
        return tok = FALSE;
      case 'n':
        keyword("null");
        return tok = NULL;
      case -1:
        throw endOfInput("when a value was expected");
      default:
        throw unexpected(b, "expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
    }
  }

  private void push(byte type) throws IOException {
    int d = depth + 1;
    if (d > maxDepth) {
      throw limit("Document nesting depth (" + d + ") exceeds the maximum allowed (" + depthLimit
          + ", from `StreamReadConstraints.getMaxNestingDepth()`)");
    }
    if (d == ctxType.length) {
      int n = d * 2;
      ctxType = Arrays.copyOf(ctxType, n);
      ctxCount = Arrays.copyOf(ctxCount, n);
      nameStart = Arrays.copyOf(nameStart, n);
      nameEnd = Arrays.copyOf(nameEnd, n);
      namePlain = Arrays.copyOf(namePlain, n);
      nameText = Arrays.copyOf(nameText, n);
      ctxMap = Arrays.copyOf(ctxMap, n);
      lastIndex = Arrays.copyOf(lastIndex, n);
    }
    pos++;
    depth = d;
    ctxType[d] = type;
    ctxCount[d] = 0;
    nameText[d] = null;
    nameStart[d] = -1;
    ctxMap[d] = false;
    lastIndex[d] = -1;
  }

  private void keyword(String word) throws IOException {
    int n = word.length();
    for (int i = 1; i < n; i++) {
      if (pos + i >= end || buf[pos + i] != word.charAt(i)) {
        throw unrecognized();
      }
    }
    pos += n;
    if (pos < end && Utf8Bytes.continuesWord(buf, pos, end)) {
      throw unrecognized();
    }
  }

  /**
   * Skips white space; returns the next byte (0 to 255), or -1 at the end of the input. First
   * finishes the current string token, if it has not been scanned yet.
   */
  private int skipSpace() throws IOException {
    if (strPending) {
      scanString();
    }
    byte[] bytes = buf;
    int i = pos;
    int stop = end;
    while (i < stop) {
      byte b = bytes[i];
      if (Utf8Bytes.isSpace(b)) {
        i++;
      } else {
        pos = i;
        return b & 0xFF;
      }
    }
    pos = i;
    return -1;
  }

  // ---- Strings -----------------------------------------------------------------------------

  /** Scans the current string token, from {@code strStart}: eight bytes at a time. */
  private void scanString() throws IOException {
    strPending = false;
    byte[] bytes = buf;
    int stop = end;
    int i = strStart;
    boolean plain = true;
    while (true) {
      if (i + 8 <= stop) {
        long special = Utf8Bytes.stringStops(Utf8Bytes.word(bytes, i));
        if (special == 0) {
          i += 8;
          continue;
        }
        i += Long.numberOfTrailingZeros(special) >>> 3;
      } else {
        while (i < stop) {
          byte c = bytes[i];
          if (c == '"' || c == '\\' || c < 0x20) {
            break;
          }
          i++;
        }
        if (i >= stop) {
          throw endOfInput("in a String value");
        }
      }
      if (bytes[i] != '"') {
        i = scanRest(i, "in a String value");
        plain = false;
      }
      break;
    }
    strEnd = i;
    strPlain = plain;
    pos = i + 1;
  }

  /**
   * Scans the rest of a string from byte {@code i}, checking escapes and UTF-8 as jackson-core
   * does; returns the offset of the closing quote.
   */
  private int scanRest(int i, String where) throws IOException {
    byte[] bytes = buf;
    int stop = end;
    while (true) {
      if (i >= stop) {
        throw endOfInput(where);
      }
      int c = bytes[i];
      if (c == '"') {
        return i;
      }
      if (c >= 0x20 && c != '\\') {
        i++;
        continue;
      }
      if (c == '\\') {
        if (i + 1 >= stop) {
          throw endOfInput(where);
        }
        int e = bytes[i + 1];
        switch (e) {
          case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
            i += 2;
            break;
          case 'u':
            for (int k = 2; k < 6; k++) {
              if (i + k >= stop) {
                throw endOfInput(where);
              }
              if (Utf8Bytes.hex(bytes[i + k]) < 0) {
                throw syntax(i + k, "Unexpected character (" + Utf8Bytes.describe(bytes[i + k] & 0xFF)
                    + "): expected a hex-digit for character escape sequence");
              }
            }
            i += 6;
            break;
          default:
            throw syntax(i + 1, "Unrecognized character escape " + Utf8Bytes.describe(e & 0xFF));
        }
        continue;
      }
      if (c >= 0) {
        throw syntax(i, "Illegal unquoted character ((CTRL-CHAR, code " + c + ")): has to be escaped"
            + " using backslash to be included in " + (where.contains("name") ? "name" : "string value"));
      }
      int lead = c & 0xFF;
      int more;
      if (lead >= 0xC2 && lead <= 0xDF) {
        more = 1;
      } else if (lead >= 0xE0 && lead <= 0xEF) {
        more = 2;
      } else if (lead >= 0xF0 && lead <= 0xF4) {
        more = 3;
      } else {
        throw syntax(i, "Invalid UTF-8 start byte 0x" + Integer.toHexString(lead));
      }
      for (int k = 1; k <= more; k++) {
        if (i + k >= stop) {
          throw endOfInput(where);
        }
        if ((bytes[i + k] & 0xC0) != 0x80) {
          throw syntax(i + k, "Invalid UTF-8 middle byte 0x" + Integer.toHexString(bytes[i + k] & 0xFF));
        }
      }
      if (more > 1) {
        int second = bytes[i + 1] & 0xFF;
        int code = more == 2
            ? ((lead & 0x0F) << 12) | ((second & 0x3F) << 6) | (bytes[i + 2] & 0x3F)
            : ((lead & 0x07) << 18) | ((second & 0x3F) << 12) | ((bytes[i + 2] & 0x3F) << 6) | (bytes[i + 3] & 0x3F);
        if (more == 2 && code >= Character.MIN_SURROGATE && code <= Character.MAX_SURROGATE) {
          throw syntax(i, "Invalid UTF-8: Illegal surrogate character 0x" + Integer.toHexString(code));
        }
        if ((more == 2 && code < 0x800) || (more == 3 && (code < 0x10000 || code > Character.MAX_CODE_POINT))) {
          throw syntax(i, "Invalid UTF-8: overlong or out-of-range sequence for code point 0x" + Integer.toHexString(code));
        }
      }
      i += more + 1;
    }
  }

  private String stringText() throws IOException {
    String s = strText;
    if (s == null) {
      if (strPending) {
        scanString();
      }
      if (strPlain) {
        s = new String(buf, strStart, strEnd - strStart, StandardCharsets.ISO_8859_1);
      } else {
        s = Utf8Bytes.decode(buf, strStart, strEnd);
        if (s.length() > stringLimit) {
          throw limit("String value length (" + s.length() + ") exceeds the maximum allowed ("
              + stringLimit + ", from `StreamReadConstraints.getMaxStringLength()`)");
        }
      }
      strText = s;
    }
    return s;
  }

  /** Finds the constant of a string without escapes or non-ASCII characters by its bytes, without making it. */
  @Override
  protected <E extends Enum<E>> E stringConstant(EnumWire<E> wires) throws IOException {
    if (strPending) {
      scanString();
    }
    return strPlain ? wires.constant(buf, strStart, strEnd) : null;
  }

  /** Tests a string without escapes or non-ASCII characters on its bytes, without making it. */
  @Override
  protected boolean stringMatches(StringPattern pattern) throws IOException {
    if (strPending) {
      scanString();
    }
    return strPlain ? pattern.findAscii(buf, strStart, strEnd) : pattern.find(stringText());
  }

  /** The member name of the object at depth {@code d}. */
  private String nameOf(int d) {
    String s = nameText[d];
    if (s == null) {
      if (nameStart[d] < 0) {
        return null;
      }
      s = namePlain[d]
          ? new String(buf, nameStart[d], nameEnd[d] - nameStart[d], StandardCharsets.ISO_8859_1)
          : Utf8Bytes.decode(buf, nameStart[d], nameEnd[d]);
      nameText[d] = s;
      namesMade = true;
    }
    return s;
  }

  @Override
  protected String text() throws IOException {
    switch (tok) {
      case STRING:
        return stringText();
      case FIELD_NAME:
        return nameOf(depth);
      case NUMBER_INT:
      case NUMBER_FLOAT:
        return numberText();
      case TRUE:
        return "true";
      case FALSE:
        return "false";
      case NULL:
        return "null";
      case START_OBJECT:
        return "{";
      case END_OBJECT:
        return "}";
      case START_ARRAY:
        return "[";
      case END_ARRAY:
        return "]";
      default:
        return null;
    }
  }

  @Override
  protected String currentName() {
    int d = depth;
    if ((tok == START_OBJECT || tok == START_ARRAY)) {
      d--;
    }
    return d > 0 && ctxType[d] == IN_OBJECT ? nameOf(d) : null;
  }

  @Override
  protected OffsetDateTime tokenDateTime() throws IOException {
    if (strPending) {
      scanString();
    }
    if (!strPlain) {
      return Rfc3339.parse(stringText());
    }
    return Rfc3339.parse(buf, strStart, strEnd - strStart);
  }

  // ---- Numbers -----------------------------------------------------------------------------

  /** Scans the number starting at {@code pos} with byte {@code first}. */
  private int number(int first) throws IOException {
    byte[] bytes = buf;
    int stop = end;
    int i = pos;
    boolean negative = first == '-';
    if (negative) {
      i++;
      if (i >= stop) {
        throw endOfInput("in a Number value");
      }
      if (bytes[i] < '0' || bytes[i] > '9') {
        throw syntax(i, "Unexpected character (" + Utf8Bytes.describe(bytes[i] & 0xFF)
            + ") in numeric value: expected digit (0-9) to follow minus sign, for valid numeric value");
      }
    }
    int digitsStart = i;
    long value = 0;
    if (bytes[i] == '0') {
      i++;
      if (i < stop && bytes[i] >= '0' && bytes[i] <= '9') {
        throw syntax(i, "Invalid numeric value: Leading zeroes not allowed");
      }
    } else {
      while (i < stop) {
        int b = bytes[i];
        if (b < '0' || b > '9') {
          break;
        }
        value = value * 10 + (b - '0');
        i++;
      }
    }
    int intDigits = i - digitsStart;
    boolean fraction = false;
    if (i < stop && bytes[i] == '.') {
      fraction = true;
      i++;
      int from = i;
      while (i < stop && bytes[i] >= '0' && bytes[i] <= '9') {
        i++;
      }
      if (i == from) {
        if (i >= stop) {
          throw endOfInput("in a Number value");
        }
        throw syntax(i, "Unexpected character (" + Utf8Bytes.describe(bytes[i] & 0xFF)
            + ") in numeric value: Decimal point not followed by a digit");
      }
    }
    if (i < stop && (bytes[i] == 'e' || bytes[i] == 'E')) {
      fraction = true;
      i++;
      if (i < stop && (bytes[i] == '+' || bytes[i] == '-')) {
        i++;
      }
      int from = i;
      while (i < stop && bytes[i] >= '0' && bytes[i] <= '9') {
        i++;
      }
      if (i == from) {
        if (i >= stop) {
          throw endOfInput("in a Number value");
        }
        throw syntax(i, "Unexpected character (" + Utf8Bytes.describe(bytes[i] & 0xFF)
            + ") in numeric value: Exponent indicator not followed by a digit");
      }
    }
    numEnd = i;
    pos = i;
    if (depth == 0 && !embedded && i < stop && !Utf8Bytes.isSpace(bytes[i])) {
      // as jackson-core checks a number at the root: what follows it must be white space
      throw unexpected(bytes[i] & 0xFF, "Expected space separating root-level values");
    }
    int length = digits(tokStart, i); // jackson-core counts the digits only
    if (length > MAX_NUMBER_LENGTH) {
      throw limit("Number value length (" + length + ") exceeds the maximum allowed ("
          + MAX_NUMBER_LENGTH + ", from `StreamReadConstraints.getMaxNumberLength()`)");
    }
    if (fraction) {
      return NUMBER_FLOAT;
    }
    if (intDigits <= 18) {
      long v = negative ? -value : value;
      numLong = v;
      numSize = v == (int) v ? INT_SIZE : LONG_SIZE;
    } else {
      try {
        numLong = Long.parseLong(numberText());
        numSize = LONG_SIZE;
      } catch (NumberFormatException e) {
        numSize = BIG_SIZE;
      }
    }
    return NUMBER_INT;
  }

  /** How many of the bytes {@code [from, to)} are digits. */
  private int digits(int from, int to) {
    if (to - from <= MAX_NUMBER_LENGTH) {
      return to - from;
    }
    int n = 0;
    for (int i = from; i < to; i++) {
      if (buf[i] >= '0' && buf[i] <= '9') {
        n++;
      }
    }
    return n;
  }

  @Override
  protected String numberText() {
    return new String(buf, tokStart, numEnd - tokStart, StandardCharsets.ISO_8859_1);
  }

  @Override
  protected int integerSize() {
    return numSize;
  }

  @Override
  protected int tokenInt() {
    return (int) numLong;
  }

  @Override
  protected long tokenLong() {
    return numLong;
  }

  @Override
  protected BigInteger tokenBigInteger() {
    return numSize == BIG_SIZE ? new BigInteger(numberText()) : BigInteger.valueOf(numLong);
  }

  @Override
  protected double tokenDouble() {
    if (tok == NUMBER_INT && numSize != BIG_SIZE) {
      return numLong;
    }
    return Double.parseDouble(numberText());
  }

  @Override
  protected BigDecimal tokenDecimal() {
    return new BigDecimal(numberText());
  }

  /** Where the current token starts: after an object is read, the offset of its closing brace. */
  public int tokenStart() {
    return tokStart;
  }

  /** Moves onto the document's value. */
  public void start() throws IOException {
    nextToken();
  }

  // ---- The end of the document -------------------------------------------------------------

  /** Fails unless only white space follows the value just read. */
  public void finish() throws IOException {
    int b = skipSpace();
    if (b >= 0) {
      tokStart = pos;
      throw invalid("unexpected content after the end of the JSON value");
    }
  }

  // ---- Paths and failures ------------------------------------------------------------------

  @Override
  protected void markMap() {
    ctxMap[depth] = true;
  }

  /** {@code subTasks[2].extId} for where the input is, as the Jackson exceptions write paths. */
  String path() {
    int last = depth;
    if ((tok == START_OBJECT || tok == START_ARRAY) && last > 0) {
      last--; // the value is the array or object that has just started
    }
    return path(last);
  }

  private String path(int last) {
    StringBuilder out = new StringBuilder();
    for (int d = 1; d <= last; d++) {
      if (ctxType[d] == IN_ARRAY) {
        out.append('[').append(Math.max(ctxCount[d] - 1, 0)).append(']');
        continue;
      }
      String name = nameOf(d);
      if (name == null) {
        continue;
      }
      if (ctxMap[d]) {
        out.append('[').append(name).append(']');
      } else {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(name);
      }
    }
    return out.toString();
  }

  /** Where the current token starts, as Jackson reports locations: line and column from 1. */
  Utf8Location location() {
    return Utf8Location.of(buf, tokStart, end, text);
  }

  @Override
  protected IOException invalid(String problem) {
    return failures.mismatch(JsonPaths.message(path(), problem), location());
  }

  /** The document's violations, as the mapper reports them. */
  IOException violations(Class<?> type, ModelValidationException e) {
    return failures.violations(JsonPaths.violationsMessage(type, e), location(), e);
  }

  /** Input nested deeper than the thread's stack allows. */
  IOException tooDeep() {
    return failures.mismatch(JsonPaths.message(shortPath(path()), "nested too deeply to read"), location());
  }

  @Override
  protected JsonFailures failuresOfEndedObject() {
    String prefix = path(depth); // on the object's end: the depth is its container's
    Utf8Location location = location();
    Utf8Failures failures = this.failures;
    return new JsonFailures() {
      @Override
      public IOException invalid(String path, String problem) {
        return failures.mismatch(JsonPaths.message(JsonPaths.join(prefix, path), problem), location);
      }

      @Override
      public IOException violations(Class<?> type, ModelValidationException violations) {
        return failures.violations(JsonPaths.violationsMessage(type, violations), location, violations);
      }
    };
  }

  private static String shortPath(String path) {
    return JsonPaths.shortPath(path);
  }

  private IOException limit(String problem) {
    return failures.limit(JsonPaths.message(shortPath(path()), problem), location(), problem);
  }

  private IOException syntax(int at, String message) {
    return failures.syntax(message, Utf8Location.of(buf, at, end, text));
  }

  private IOException unexpected(int b, String expected) {
    if (b < 0) {
      return endOfInput(depth == 0 ? "" : "expected close marker for " + (ctxType[depth] == IN_OBJECT ? "Object" : "Array"));
    }
    return syntax(pos, "Unexpected character (" + Utf8Bytes.describe(b & 0xFF) + "): " + expected);
  }

  private IOException unrecognized() {
    int i = pos;
    while (i < end && i - pos < 256 && (i == pos || Utf8Bytes.continuesWord(buf, i, end))) {
      i++;
    }
    String token = new String(buf, pos, i - pos, StandardCharsets.UTF_8);
    return syntax(pos, "Unrecognized token '" + token
        + "': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
  }

  private IOException endOfInput(String where) {
    return syntax(end, "Unexpected end-of-input" + (where.isEmpty() ? "" : " " + where));
  }
}
