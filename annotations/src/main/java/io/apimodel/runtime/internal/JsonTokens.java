package io.apimodel.runtime.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.apimodel.runtime.JsonReadException;
import io.apimodel.runtime.jackson.JacksonTokens;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * One JSON value as a list of tokens, numbers as written: how classes compiled with
 * jackson-annotations only exchange JSON with Jackson, through their {@code @JsonCreator} and
 * {@code @JsonValue} methods. Jackson reads and writes the tokens with a serializer of apimodel's
 * own, so that no number loses a digit on the way (a plain {@code Map} would turn
 * {@code 0.12345678901234567890123} into a {@code double}).
 *
 * <p>That serializer is reached through {@link JacksonTokens}, which only this class's private
 * methods name: code compiled without jackson-databind never sees it.
 */
public final class JsonTokens {

  private final byte[] tokens;
  /** Per token: the text of a string or name, a number's text or {@link Number}, else null. */
  private final Object[] values;
  private final int size;
  /** How reading them fails; null for {@link JsonReadException}s. */
  private final JsonFailures failures;

  JsonTokens(byte[] tokens, Object[] values, int size, JsonFailures failures) {
    this.tokens = tokens;
    this.values = values;
    this.size = size;
    this.failures = failures;
  }

  /** The tokens Jackson read, as apimodel's serializer for Jackson recorded them. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static JsonTokens fromJackson(JacksonTokens tokens) {
    return tokens.tokens();
  }

  /** The tokens for Jackson to write, through apimodel's serializer for Jackson. */
  @JsonValue
  private JacksonTokens toJackson() {
    return new JacksonTokens(this);
  }

  /** The number of tokens. */
  public int size() {
    return size;
  }

  /** Token {@code i}: one of the {@link JsonInput} token ids. */
  public int token(int i) {
    return tokens[i];
  }

  /**
   * The value of token {@code i}: the text of a string or member name; a number's text or
   * {@link Number}; null for other tokens.
   */
  public Object value(int i) {
    return values[i];
  }

  /** An input that reads the tokens; its failures name the path. */
  public JsonInput input() {
    return new TokenInput(this);
  }

  /** How reading the tokens fails: the source's exceptions, or null for apimodel's own. */
  JsonFailures failures() {
    return failures;
  }

  /** Collects tokens; what generated writers write into for the {@code @JsonValue} method. */
  public static final class Recorder extends JsonOutput {
    private byte[] tokens;
    private Object[] values;
    private int size;

    /** A recorder with room for 32 tokens. */
    public Recorder() {
      this(32);
    }

    /** A recorder with room for {@code capacity} tokens before it grows. */
    public Recorder(int capacity) {
      tokens = new byte[capacity];
      values = new Object[capacity];
    }

    /** Adds one token. */
    public void add(int token, Object value) {
      if (size == tokens.length) {
        tokens = Arrays.copyOf(tokens, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      tokens[size] = (byte) token;
      values[size++] = value;
    }

    /** What was recorded. */
    public JsonTokens tokens() {
      return new JsonTokens(tokens, values, size, null);
    }

    /** What was recorded, to be read by an input that fails as {@code failures} says. */
    public JsonTokens tokens(JsonFailures failures) {
      return new JsonTokens(tokens, values, size, failures);
    }

    @Override
    public void startObject() {
      add(JsonInput.START_OBJECT, null);
    }

    @Override
    public void endObject() {
      add(JsonInput.END_OBJECT, null);
    }

    @Override
    public void startArray() {
      add(JsonInput.START_ARRAY, null);
    }

    @Override
    public void endArray() {
      add(JsonInput.END_ARRAY, null);
    }

    @Override
    public void name(JsonName name) {
      add(JsonInput.FIELD_NAME, name.text());
    }

    @Override
    public void key(String name) {
      add(JsonInput.FIELD_NAME, name);
    }

    @Override
    public void string(String value) {
      add(JsonInput.STRING, value);
    }

    @Override
    protected void string(char[] chars, int offset, int length) {
      add(JsonInput.STRING, new String(chars, offset, length));
    }

    @Override
    public void bool(boolean value) {
      add(value ? JsonInput.TRUE : JsonInput.FALSE, null);
    }

    @Override
    public void integer(int value) {
      add(JsonInput.NUMBER_INT, value);
    }

    @Override
    public void longInteger(long value) {
      add(JsonInput.NUMBER_INT, value);
    }

    @Override
    public void decimal(double value) {
      add(JsonInput.NUMBER_FLOAT, value);
    }

    @Override
    public void bigInteger(BigInteger value) {
      add(JsonInput.NUMBER_INT, value);
    }

    @Override
    public void bigDecimal(BigDecimal value) {
      add(JsonInput.NUMBER_FLOAT, value);
    }

    @Override
    protected void number(String text) {
      boolean integer = text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
      add(integer ? JsonInput.NUMBER_INT : JsonInput.NUMBER_FLOAT, text);
    }

    @Override
    public void nullValue() {
      add(JsonInput.NULL, null);
    }
  }

  /**
   * Reads the tokens. Moving on costs an index increment: the path (as jackson-core's parsing
   * context keeps it) is worked out only when a failure names it, by walking the tokens read.
   */
  private static final class TokenInput extends JsonInput {
    private final JsonTokens json;
    private int pos;
    /** The positions of the objects marked as maps, in order (their keys show as {@code [key]}). */
    private int[] maps = new int[4];
    private int mapCount;

    TokenInput(JsonTokens json) {
      this.json = json;
      this.pos = 0;
    }

    @Override
    protected int token() {
      return pos < json.size ? json.tokens[pos] : NO_TOKEN;
    }

    @Override
    protected int nextToken() {
      pos++;
      return token();
    }

    @Override
    protected String nextName() {
      return nextToken() == FIELD_NAME ? (String) json.values[pos] : null;
    }

    @Override
    protected String currentName() {
      if (pos >= json.size) {
        return null;
      }
      if (json.tokens[pos] == FIELD_NAME) {
        return (String) json.values[pos];
      }
      return pos > 0 && json.tokens[pos - 1] == FIELD_NAME ? (String) json.values[pos - 1] : null;
    }

    @Override
    protected String text() {
      return (String) json.values[pos];
    }

    @Override
    protected String numberText() {
      return json.values[pos].toString();
    }

    @Override
    protected int integerSize() {
      Object value = json.values[pos];
      if (value instanceof Integer) {
        return INT_SIZE;
      }
      if (value instanceof Long) {
        return LONG_SIZE;
      }
      BigInteger big = tokenBigInteger();
      return big.bitLength() < 32 ? INT_SIZE : big.bitLength() < 64 ? LONG_SIZE : BIG_SIZE;
    }

    @Override
    protected int tokenInt() {
      return tokenBigInteger().intValue();
    }

    @Override
    protected long tokenLong() {
      return tokenBigInteger().longValue();
    }

    @Override
    protected BigInteger tokenBigInteger() {
      Object value = json.values[pos];
      if (value instanceof BigInteger big) {
        return big;
      }
      if (value instanceof Integer || value instanceof Long) {
        return BigInteger.valueOf(((Number) value).longValue());
      }
      return new BigInteger(value.toString());
    }

    @Override
    protected double tokenDouble() {
      Object value = json.values[pos];
      return value instanceof Number n ? n.doubleValue() : Double.parseDouble((String) value);
    }

    @Override
    protected BigDecimal tokenDecimal() {
      Object value = json.values[pos];
      if (value instanceof BigDecimal d) {
        return d;
      }
      if (value instanceof Double d) {
        return new BigDecimal(Double.toString(d));
      }
      return new BigDecimal(value.toString());
    }

    @Override
    protected void markMap() {
      if (mapCount == maps.length) {
        maps = Arrays.copyOf(maps, mapCount * 2);
      }
      maps[mapCount++] = pos;
    }

    @Override
    protected IOException invalid(String problem) {
      if (json.failures != null) {
        return json.failures.invalid(path(), problem);
      }
      throw new JsonReadException(path(), problem);
    }

    @Override
    protected JsonFailures failuresOfEndedObject() {
      int end = pos;
      JsonFailures outer = json.failures;
      return new JsonFailures() {
        @Override
        public IOException invalid(String path, String problem) {
          Frames frames = new Frames(end);
          String prefix = frames.path(frames.depth); // the object's own frame is closed: depth is its container's
          String full = prefix.isEmpty() || path.isEmpty() || path.startsWith("[") ? prefix + path : prefix + "." + path;
          if (outer != null) {
            return outer.invalid(full, problem);
          }
          throw new JsonReadException(full, problem);
        }

        @Override
        public IOException violations(Class<?> type, io.apimodel.runtime.ModelValidationException violations) {
          if (outer != null) {
            return outer.violations(type, violations);
          }
          throw violations;
        }
      };
    }

    /** {@code subTasks[2].extId}: where the current value is. */
    private String path() {
      Frames frames = new Frames(pos);
      int t = token();
      return frames.path(t == START_OBJECT || t == START_ARRAY ? frames.depth - 1 : frames.depth);
    }

    /** The open objects and arrays at a position: one frame each; frame 0 is the root. */
    private final class Frames {
      int depth;
      boolean[] isArray = new boolean[8];
      boolean[] isMap = new boolean[8];
      int[] index = new int[8];
      String[] name = new String[8];

      /** The frames with the tokens up to {@code end} (inclusive) read. */
      Frames(int end) {
        index[0] = -1;
        int map = 0;
        for (int i = 0; i <= end && i < json.size; i++) {
          int t = json.tokens[i];
          if (t == END_OBJECT || t == END_ARRAY) {
            depth--;
            continue;
          }
          if (t == FIELD_NAME) {
            name[depth] = (String) json.values[i];
            continue;
          }
          if (isArray[depth]) {
            index[depth]++;
          }
          if (t == START_OBJECT || t == START_ARRAY) {
            depth++;
            if (depth == isArray.length) {
              isArray = Arrays.copyOf(isArray, depth * 2);
              isMap = Arrays.copyOf(isMap, depth * 2);
              index = Arrays.copyOf(index, depth * 2);
              name = Arrays.copyOf(name, depth * 2);
            }
            while (map < mapCount && maps[map] < i) {
              map++;
            }
            isArray[depth] = t == START_ARRAY;
            isMap[depth] = map < mapCount && maps[map] == i;
            index[depth] = -1;
            name[depth] = null;
          }
        }
      }

      /** The path through frames 1 to {@code last}. */
      String path(int last) {
        StringBuilder out = new StringBuilder();
        for (int d = 1; d <= last; d++) {
          if (isArray[d]) {
            out.append('[').append(Math.max(index[d], 0)).append(']');
          } else if (name[d] != null && isMap[d]) {
            out.append('[').append(name[d]).append(']');
          } else if (name[d] != null) {
            if (out.length() > 0) {
              out.append('.');
            }
            out.append(name[d]);
          }
        }
        return out.toString();
      }
    }
  }
}
