package io.apimodel.runtime.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * {@link StringPattern}'s own matcher, run on ASCII bytes (such as a JSON string's, straight from
 * the input) eight at a time: the same answer as the matcher on the {@code String} of those bytes.
 *
 * <p>A character set that is a union of at most {@link #MAX_RANGES} ranges of ASCII characters is
 * tested on eight bytes at once: for each range {@code [lo, hi]}, the high bit of
 * {@code (x | 0x80) - lo} is set where a byte {@code x} is at least {@code lo}, and that of
 * {@code (hi | 0x80) - x} where it is at most {@code hi} (bytes below 0x80 never borrow from their
 * neighbours). The elements at the end that each take an exact number of characters, such as the
 * {@code [a-fA-F0-9]{8}-[a-fA-F0-9]{4}-...} of a UUID, have their characters at fixed positions:
 * they are tested as one run, each eight bytes against the sets of their own positions.
 */
final class AsciiMatcher {

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long ONES = 0x0101010101010101L;
  /** Sets of more ranges are tested a byte at a time. */
  private static final int MAX_RANGES = 4;

  private final StringPattern.Atom[] atoms;
  private final boolean dollar;
  /** Per element, the low and high ends of its ranges, each repeated in all eight bytes; null for a byte at a time. */
  private final long[][] lows;
  private final long[][] highs;
  /** The first element of the fixed tail; {@code atoms.length} without one. */
  private final int tailFrom;
  /** How many characters the fixed tail takes (at least 8), or 0. */
  private final int tailLength;
  /**
   * For each eight bytes of the tail (the last ones ending where the tail ends), the ranges of
   * each byte's set, {@link #MAX_RANGES} pairs per eight bytes: at {@code 2 * (MAX_RANGES * w + r)}
   * range {@code r}'s low end for each byte, and after it its high end with the high bits set.
   */
  private final long[] tail;

  AsciiMatcher(StringPattern.Atom[] atoms, boolean dollar) {
    this.atoms = atoms;
    this.dollar = dollar;
    this.lows = new long[atoms.length][];
    this.highs = new long[atoms.length][];
    for (int k = 0; k < atoms.length; k++) {
      int[][] ranges = ranges(atoms[k]);
      if (ranges.length > 0 && ranges.length <= MAX_RANGES) {
        lows[k] = new long[ranges.length];
        highs[k] = new long[ranges.length];
        for (int r = 0; r < ranges.length; r++) {
          lows[k][r] = ranges[r][0] * ONES;
          highs[k][r] = ranges[r][1] * ONES;
        }
      }
    }
    int from = atoms.length;
    int length = 0;
    while (from > 0 && atoms[from - 1].min == atoms[from - 1].max && lows[from - 1] != null) {
      from--;
      length += atoms[from].min;
    }
    if (length < 8) {
      from = atoms.length;
      length = 0;
    }
    this.tailFrom = from;
    this.tailLength = length;
    int words = (length + 7) / 8;
    this.tail = new long[2 * MAX_RANGES * words];
    if (length > 0) {
      int[][][] byPosition = new int[length][][];
      for (int k = from, at = 0; k < atoms.length; k++) {
        int[][] ranges = ranges(atoms[k]);
        for (int n = 0; n < atoms[k].min; n++) {
          byPosition[at++] = ranges;
        }
      }
      for (int w = 0; w < words; w++) {
        int start = Math.min(w * 8, length - 8);
        for (int b = 0; b < 8; b++) {
          int[][] ranges = byPosition[start + b];
          for (int r = 0; r < MAX_RANGES; r++) {
            int[] range = ranges[Math.min(r, ranges.length - 1)]; // repeating a range changes nothing
            tail[2 * (MAX_RANGES * w + r)] |= (long) range[0] << (8 * b);
            tail[2 * (MAX_RANGES * w + r) + 1] |= (long) (range[1] | 0x80) << (8 * b);
          }
        }
      }
    }
  }

  /** The ASCII characters of an element's set as inclusive ranges, in order. */
  private static int[][] ranges(StringPattern.Atom atom) {
    int[][] found = new int[64][];
    int n = 0;
    for (int c = 0; c < 128; c++) {
      if (atom.matches((char) c)) {
        int start = c;
        while (c + 1 < 128 && atom.matches((char) (c + 1))) {
          c++;
        }
        found[n++] = new int[] {start, c};
      }
    }
    int[][] ranges = new int[n][];
    System.arraycopy(found, 0, ranges, 0, n);
    return ranges;
  }

  /**
   * Whether the ASCII bytes {@code [from, to)} of {@code bytes} contain a match, as {@link
   * StringPattern#find} answers for their string. Every byte must be below 0x80.
   */
  boolean find(byte[] bytes, int from, int to) {
    int i = from;
    for (int k = 0; k < tailFrom; k++) {
      StringPattern.Atom atom = atoms[k];
      int room = to - i;
      if (atom.min > room) {
        return false;
      }
      int taken = run(k, bytes, i, Math.min(room, atom.max));
      if (taken < atom.min) {
        return false;
      }
      i += taken;
    }
    if (tailLength > 0) {
      if (tailLength > to - i || !tailMatches(bytes, i)) {
        return false;
      }
      i += tailLength;
    }
    return !dollar || endOfInput(bytes, from, i, to);
  }

  /** How many of the bytes from {@code i} element {@code k}'s set holds, at most {@code limit}. */
  private int run(int k, byte[] bytes, int i, int limit) {
    int n = 0;
    long[] lo = lows[k];
    if (lo != null) {
      long[] hi = highs[k];
      while (n + 8 <= limit) {
        long outside = ~members((long) LONGS.get(bytes, i + n), lo, hi) & HIGH_BITS;
        if (outside != 0) {
          return n + (Long.numberOfTrailingZeros(outside) >>> 3);
        }
        n += 8;
      }
    }
    StringPattern.Atom atom = atoms[k];
    while (n < limit && atom.matches((char) bytes[i + n])) {
      n++;
    }
    return n;
  }

  /** The high bit of each byte of {@code x} (all below 0x80) that one of the ranges holds. */
  private static long members(long x, long[] lo, long[] hi) {
    long raised = x | HIGH_BITS;
    long in = 0;
    for (int r = 0; r < lo.length; r++) {
      in |= (raised - lo[r]) & ((hi[r] | HIGH_BITS) - x);
    }
    return in & HIGH_BITS;
  }

  private boolean tailMatches(byte[] bytes, int i) {
    long[] t = tail;
    int last = tailLength - 8;
    for (int w = 0, k = 0; k < t.length; w += 8, k += 2 * MAX_RANGES) {
      long x = (long) LONGS.get(bytes, i + Math.min(w, last));
      long raised = x | HIGH_BITS;
      long in = (raised - t[k]) & (t[k + 1] - x)
          | (raised - t[k + 2]) & (t[k + 3] - x)
          | (raised - t[k + 4]) & (t[k + 5] - x)
          | (raised - t[k + 6]) & (t[k + 7] - x);
      if ((in & HIGH_BITS) != HIGH_BITS) {
        return false;
      }
    }
    return true;
  }

  /** {@link StringPattern}'s rule for {@code $}, on ASCII bytes: at the end, or before a final line terminator. */
  private static boolean endOfInput(byte[] bytes, int from, int i, int to) {
    if (i == to) {
      return true;
    }
    if (i == to - 1) {
      byte c = bytes[i];
      if (c == '\n') {
        return i == from || bytes[i - 1] != '\r';
      }
      return c == '\r';
    }
    return i == to - 2 && bytes[i] == '\r' && bytes[i + 1] == '\n';
  }
}
