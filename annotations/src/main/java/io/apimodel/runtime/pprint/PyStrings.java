package io.apimodel.runtime.pprint;

import java.util.ArrayList;
import java.util.List;

/**
 * Python 3.11 {@code str} behaviour that {@link PythonRepr} needs: {@code repr(s)}, its length,
 * {@code s.splitlines(True)} and {@code re.findall(r'\S*\s*', s)}. Lengths count code points.
 */
final class PyStrings {

  private PyStrings() {}

  /**
   * Code point ranges (inclusive pairs) that Python 3.11 (Unicode 14.0) treats as printable but
   * that Java 17 (Unicode 13.0) reports as unassigned: the characters added in Unicode 14.0.
   */
  private static final int[] UNICODE_14_ADDED = {
    0x061D, 0x061D, 0x0870, 0x088E, 0x0898, 0x089F, 0x08B5, 0x08B5, 0x08C8, 0x08D2,
    0x0C3C, 0x0C3C, 0x0C5D, 0x0C5D, 0x0CDD, 0x0CDD, 0x170D, 0x170D, 0x1715, 0x1715,
    0x171F, 0x171F, 0x180F, 0x180F, 0x1AC1, 0x1ACE, 0x1B4C, 0x1B4C, 0x1B7D, 0x1B7E,
    0x1DFA, 0x1DFA, 0x20C0, 0x20C0, 0x2C2F, 0x2C2F, 0x2C5F, 0x2C5F, 0x2E53, 0x2E5D,
    0x9FFD, 0x9FFF, 0xA7C0, 0xA7C1, 0xA7D0, 0xA7D1, 0xA7D3, 0xA7D3, 0xA7D5, 0xA7D9,
    0xA7F2, 0xA7F4, 0xFBC2, 0xFBC2, 0xFD40, 0xFD4F, 0xFDCF, 0xFDCF, 0xFDFE, 0xFDFF,
    0x10570, 0x1057A, 0x1057C, 0x1058A, 0x1058C, 0x10592, 0x10594, 0x10595,
    0x10597, 0x105A1, 0x105A3, 0x105B1, 0x105B3, 0x105B9, 0x105BB, 0x105BC,
    0x10780, 0x10785, 0x10787, 0x107B0, 0x107B2, 0x107BA, 0x10F70, 0x10F89,
    0x11070, 0x11075, 0x110C2, 0x110C2, 0x116B9, 0x116B9, 0x11740, 0x11746,
    0x11AB0, 0x11ABF, 0x12F90, 0x12FF2, 0x16A70, 0x16ABE, 0x16AC0, 0x16AC9,
    0x1AFF0, 0x1AFF3, 0x1AFF5, 0x1AFFB, 0x1AFFD, 0x1AFFE, 0x1B11F, 0x1B122,
    0x1CF00, 0x1CF2D, 0x1CF30, 0x1CF46, 0x1CF50, 0x1CFC3, 0x1D1E9, 0x1D1EA,
    0x1DF00, 0x1DF1E, 0x1E290, 0x1E2AE, 0x1E7E0, 0x1E7E6, 0x1E7E8, 0x1E7EB,
    0x1E7ED, 0x1E7EE, 0x1E7F0, 0x1E7FE, 0x1F6DD, 0x1F6DF, 0x1F7F0, 0x1F7F0,
    0x1F979, 0x1F979, 0x1F9CC, 0x1F9CC, 0x1FA7B, 0x1FA7C, 0x1FAA9, 0x1FAAC,
    0x1FAB7, 0x1FABA, 0x1FAC3, 0x1FAC5, 0x1FAD7, 0x1FAD9, 0x1FAE0, 0x1FAE7,
    0x1FAF0, 0x1FAF6, 0x2A6DE, 0x2A6DF, 0x2B735, 0x2B738,
  };

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** Python's {@code str.isprintable()} for one code point. */
  static boolean isPrintable(int cp) {
    if (cp < 0x7F) {
      return cp >= 0x20;
    }
    switch (Character.getType(cp)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SURROGATE:
      case Character.PRIVATE_USE:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SPACE_SEPARATOR:
        return false;
      case Character.UNASSIGNED:
        return inUnicode14Additions(cp);
      default:
        return true;
    }
  }

  private static boolean inUnicode14Additions(int cp) {
    int lo = 0;
    int hi = UNICODE_14_ADDED.length / 2 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (cp < UNICODE_14_ADDED[2 * mid]) {
        hi = mid - 1;
      } else if (cp > UNICODE_14_ADDED[2 * mid + 1]) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /** Python's {@code str.isspace()} (and the {@code \s} of {@code re}) for one UTF-16 unit. */
  static boolean isSpace(char c) {
    if (c <= 0x20) {
      return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    }
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
        || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
  }

  /** Python's {@code repr(s)}. */
  static String repr(String s) {
    char quote = quote(s);
    StringBuilder sb = new StringBuilder(s.length() + 2);
    sb.append(quote);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == quote || cp == '\\') {
        sb.append('\\').append((char) cp);
      } else if (cp == '\t') {
        sb.append("\\t");
      } else if (cp == '\n') {
        sb.append("\\n");
      } else if (cp == '\r') {
        sb.append("\\r");
      } else if (cp < 0x20 || cp == 0x7F) {
        hex(sb.append("\\x"), cp, 2);
      } else if (cp < 0x7F || isPrintable(cp)) {
        sb.appendCodePoint(cp);
      } else if (cp <= 0xFF) {
        hex(sb.append("\\x"), cp, 2);
      } else if (cp <= 0xFFFF) {
        hex(sb.append("\\u"), cp, 4);
      } else {
        hex(sb.append("\\U"), cp, 8);
      }
    }
    return sb.append(quote).toString();
  }

  private static void hex(StringBuilder sb, int value, int digits) {
    for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
      sb.append(HEX[(value >>> shift) & 0xF]);
    }
  }

  /** Python's choice: {@code "} when the text has {@code '} but no {@code "}, else {@code '}. */
  private static char quote(String s) {
    return s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
  }

  /** The length of {@code repr(s)} in code points. */
  static int reprLength(String s) {
    return new ReprLength().add(s).length();
  }

  /** Number of code points of {@code s}. */
  static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /**
   * {@code len(repr(text))} for a text that grows by appending, without rebuilding the repr: the
   * escapes of everything but the quotes are fixed, and the quote choice only depends on whether
   * {@code '} and {@code "} occur.
   */
  static final class ReprLength {
    private int body;
    private int singles;
    private int doubles;

    ReprLength add(String s) {
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        i += Character.charCount(cp);
        if (cp == '\'') {
          singles++;
        } else if (cp == '"') {
          doubles++;
        } else {
          body += escapedLength(cp);
        }
      }
      return this;
    }

    ReprLength plus(ReprLength other) {
      ReprLength sum = new ReprLength();
      sum.body = body + other.body;
      sum.singles = singles + other.singles;
      sum.doubles = doubles + other.doubles;
      return sum;
    }

    int length() {
      boolean doubleQuoted = singles > 0 && doubles == 0;
      return 2 + body + (doubleQuoted ? singles : 2 * singles + doubles);
    }

    private static int escapedLength(int cp) {
      if (cp == '\\' || cp == '\t' || cp == '\n' || cp == '\r') {
        return 2;
      }
      if (cp < 0x20 || cp == 0x7F) {
        return 4;
      }
      if (cp < 0x7F || isPrintable(cp)) {
        return 1;
      }
      return cp <= 0xFF ? 4 : cp <= 0xFFFF ? 6 : 10;
    }
  }

  /** Python's {@code s.splitlines(True)}: lines with their line ends. */
  static List<String> splitLinesKeepEnds(String s) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      i++;
      if (c == '\r' && i < s.length() && s.charAt(i) == '\n') {
        i++;
      } else if (!isLineBreak(c)) {
        continue;
      }
      lines.add(s.substring(start, i));
      start = i;
    }
    if (start < s.length()) {
      lines.add(s.substring(start));
    }
    return lines;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D
        || c == 0x1E || c == 0x85 || c == 0x2028 || c == 0x2029;
  }

  /**
   * {@code re.findall(r'\S*\s*', s)} without its final empty match: runs of non-space followed by
   * runs of space.
   */
  static List<String> words(String s) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      int start = i;
      while (i < s.length() && !isSpace(s.charAt(i))) {
        i++;
      }
      while (i < s.length() && isSpace(s.charAt(i))) {
        i++;
      }
      parts.add(s.substring(start, i));
    }
    return parts;
  }
}
