package io.apimodel.runtime.jackson;

/**
 * Where a failure of {@link Utf8Input} is, as jackson-core reports locations: line and column from
 * 1, lines broken by {@code \n}, {@code \r} or {@code \r\n}. For bytes that encode a {@code String}
 * ({@code fromJson(String)}) the offset and column count its characters (UTF-16 units), as
 * jackson-core's parser of characters does, and the byte offset is -1; else they count bytes and
 * the character offset is -1. Each Jackson line makes its own location of it.
 */
public final class Utf8Location {

  private final long byteOffset;
  private final long charOffset;
  private final int line;
  private final int column;

  private Utf8Location(long byteOffset, long charOffset, int line, int column) {
    this.byteOffset = byteOffset;
    this.charOffset = charOffset;
    this.line = line;
    this.column = column;
  }

  /** Where byte {@code offset} of {@code buf} (which ends at {@code end}) is. */
  static Utf8Location of(byte[] buf, int offset, int end, boolean text) {
    int at = Math.min(offset, end);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (Utf8Bytes.breaksLine(buf, i, end)) {
        line++;
        lineStart = i + 1;
      }
    }
    if (!text) {
      return new Utf8Location(at, -1L, line, at - lineStart + 1);
    }
    int column = Utf8Bytes.characters(buf, lineStart, at);
    return new Utf8Location(-1L, Utf8Bytes.characters(buf, 0, lineStart) + column, line, column + 1);
  }

  public long byteOffset() {
    return byteOffset;
  }

  public long charOffset() {
    return charOffset;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
