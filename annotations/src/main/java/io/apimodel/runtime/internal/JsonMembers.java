package io.apimodel.runtime.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The member names of a model's JSON object: by property index, for writing, and from name or
 * alias to property index, for reading. The lookup is an open-addressing table that compares by
 * identity first: parsers hand over the same {@code String} instance for the same name, so a
 * member is usually found without comparing characters. A second table finds a name from its
 * UTF-8 bytes, for readers that parse bytes themselves and make no {@code String} of a name they
 * know.
 */
public final class JsonMembers {

  private final JsonName[] names;
  private final String[] keys;
  private final int[] indexes;
  private final int mask;
  private final byte[][] byteKeys;
  private final int[] byteIndexes;
  private final int[] byteHashes;
  /** The first and second eight bytes of each key, as {@link #word} reads them. */
  private final long[] byteWord0;
  private final long[] byteWord1;
  /** Each property's name as UTF-8, by property index; null for a name a JSON text writes escaped. */
  private final byte[][] plainNames;
  /** Those names as {@link #word} reads them, eight bytes at a time. */
  private final long[][] nameWords;
  /** Each such name in quotes with a colon, {@code "name":}, as compact JSON has it before a value; and its words. */
  private final byte[][] quotedNames;
  private final long[][] quotedWords;
  private final Set<String> all = new LinkedHashSet<>();
  /**
   * At {@code k + 1}, the property whose member came after property {@code k}'s the last time a
   * reader's guess was wrong (at 0, the first member); at first, {@code k + 1}. Readers of bytes
   * compare this guess before they look a name up: documents of one API tend to name their members
   * in one order, with the same gaps. Only a hint, always checked, so threads share it without
   * locks: a racing write leaves one of two valid property indexes.
   */
  private final int[] follows;

  /**
   * @param names the JSON name of each property, in property order
   * @param aliases for each property, the further names accepted on read (or null)
   */
  JsonMembers(String[] names, String[][] aliases) {
    this.names = new JsonName[names.length];
    for (int i = 0; i < names.length; i++) {
      this.names[i] = new JsonName(names[i]);
      all.add(names[i]);
    }
    for (int i = 0; aliases != null && i < aliases.length; i++) {
      for (String alias : aliases[i] == null ? new String[0] : aliases[i]) {
        all.add(alias);
      }
    }
    int capacity = Integer.highestOneBit(Math.max(4, all.size() * 3)) << 1;
    this.keys = new String[capacity];
    this.indexes = new int[capacity];
    this.mask = capacity - 1;
    this.byteKeys = new byte[capacity][];
    this.byteIndexes = new int[capacity];
    this.byteHashes = new int[capacity];
    this.byteWord0 = new long[capacity];
    this.byteWord1 = new long[capacity];
    for (int i = 0; i < names.length; i++) {
      insert(names[i], i);
    }
    for (int i = 0; aliases != null && i < aliases.length; i++) {
      for (String alias : aliases[i] == null ? new String[0] : aliases[i]) {
        insert(alias, i);
      }
    }
    this.follows = new int[names.length + 1];
    for (int k = 0; k < follows.length; k++) {
      follows[k] = k;
    }
    this.plainNames = new byte[names.length][];
    this.nameWords = new long[names.length][];
    this.quotedNames = new byte[names.length][];
    this.quotedWords = new long[names.length][];
    for (int i = 0; i < names.length; i++) {
      byte[] bytes = names[i].getBytes(StandardCharsets.UTF_8);
      if (names[i].chars().allMatch(c -> c >= 0x20 && c != '"' && c != '\\')) {
        plainNames[i] = bytes;
        nameWords[i] = words(bytes);
        quotedNames[i] = ("\"" + names[i] + "\":").getBytes(StandardCharsets.UTF_8);
        quotedWords[i] = words(quotedNames[i]);
      }
    }
    for (String name : all) {
      byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
      int hash = hash(bytes, 0, bytes.length);
      int slot = hash & mask;
      while (byteKeys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      byteKeys[slot] = bytes;
      byteIndexes[slot] = index(name);
      byteHashes[slot] = hash;
      byteWord0[slot] = word(bytes, 0, bytes.length);
      byteWord1[slot] = word(bytes, 8, bytes.length);
    }
  }

  // ---- Names by their bytes ----------------------------------------------------------------
  //
  // A reader that scans a name eight bytes at a time hands over the name's hash and its first two
  // words as it has read them: little-endian, the bytes past the name's end zero. Most names are
  // 16 bytes or shorter, so they are found by comparing two longs.

  private static final long SEED = 0x2545F4914F6CDD1DL;

  /** The hash of no bytes so far. */
  public static long hashStart() {
    return SEED;
  }

  /** The hash so far, with eight more bytes (or the last, fewer, zero-padded). */
  public static long hashWord(long hash, long word) {
    return (hash ^ word) * 0x9E3779B97F4A7C15L;
  }

  /** The hash of a name of {@code length} bytes, from {@link #hashWord} over its words. */
  public static int hashEnd(long hash, int length) {
    long h = (hash ^ length) * 0xBF58476D1CE4E5B9L;
    return (int) (h ^ (h >>> 31));
  }

  /** The hash of the bytes {@code [start, end)}, as readers work it out from the words they read. */
  public static int hash(byte[] bytes, int start, int end) {
    long h = hashStart();
    for (int i = start; i < end; i += 8) {
      h = hashWord(h, word(bytes, i, end));
    }
    return hashEnd(h, end - start);
  }

  /** How many properties there are. */
  public int size() {
    return names.length;
  }

  /**
   * The JSON name of property {@code index} as UTF-8, for readers that compare bytes; null when a
   * JSON text would escape one of its characters. Not to be changed.
   */
  public byte[] plainName(int index) {
    return plainNames[index];
  }

  /** {@link #plainName} as {@link #word} reads it, eight bytes at a time. Not to be changed. */
  public long[] nameWords(int index) {
    return nameWords[index];
  }

  /**
   * The property a reader should expect after property {@code previous} (-1 at an object's start):
   * the one that came after it when the guess last failed, else the next one. May be
   * {@link #size()}: no guess.
   */
  public int expected(int previous) {
    return follows[previous + 1];
  }

  /** Tells {@link #expected} that property {@code next} came after property {@code previous}. */
  public void learn(int previous, int next) {
    follows[previous + 1] = next;
  }

  private static long[] words(byte[] bytes) {
    long[] words = new long[(bytes.length + 7) / 8];
    for (int k = 0; k < words.length; k++) {
      words[k] = word(bytes, k * 8, bytes.length);
    }
    return words;
  }

  /**
   * {@link #plainName} in quotes with a colon, {@code "name":}, as compact JSON has it before the
   * value; null when a JSON text would escape the name. Not to be changed.
   */
  public byte[] quotedName(int index) {
    return quotedNames[index];
  }

  /** {@link #quotedName} as {@link #word} reads it, eight bytes at a time. Not to be changed. */
  public long[] quotedWords(int index) {
    return quotedWords[index];
  }

  /** The eight bytes from {@code at} as a little-endian long, bytes at or past {@code end} as zero. */
  public static long word(byte[] bytes, int at, int end) {
    long w = 0;
    for (int k = Math.min(end - at, 8) - 1; k >= 0; k--) {
      w = (w << 8) | (bytes[at + k] & 0xFF);
    }
    return w;
  }

  /**
   * The property whose name (or alias) is the UTF-8 text {@code bytes[start..end)}, or {@link
   * JsonInput#UNKNOWN}.
   *
   * @param hash {@link #hash(byte[], int, int)} of those bytes
   * @param word0 {@link #word(byte[], int, int)} of them from {@code start}
   * @param word1 and from {@code start + 8}
   */
  public int index(byte[] bytes, int start, int end, int hash, long word0, long word1) {
    int length = end - start;
    int slot = hash & mask;
    byte[] key;
    while ((key = byteKeys[slot]) != null) {
      if (byteHashes[slot] == hash && byteWord0[slot] == word0 && byteWord1[slot] == word1
          && key.length == length
          && (length <= 16 || Arrays.equals(key, 16, length, bytes, start + 16, end))) {
        return byteIndexes[slot];
      }
      slot = (slot + 1) & mask;
    }
    return JsonInput.UNKNOWN;
  }

  private void insert(String name, int index) {
    int slot = name.hashCode() & mask;
    while (keys[slot] != null) {
      if (keys[slot].equals(name)) {
        return; // the first property to claim a name keeps it
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = name;
    indexes[slot] = index;
  }

  /** The property a member name (or alias) belongs to, or {@link JsonInput#UNKNOWN}. */
  public int index(String name) {
    int slot = name.hashCode() & mask;
    String key;
    while ((key = keys[slot]) != null) {
      if (key == name || key.equals(name)) {
        return indexes[slot];
      }
      slot = (slot + 1) & mask;
    }
    return JsonInput.UNKNOWN;
  }

  /** The JSON name of property {@code index}. */
  public JsonName name(int index) {
    return names[index];
  }

  /** Whether a member of this name belongs to a property (by name or alias). */
  public boolean declares(String name) {
    return index(name) != JsonInput.UNKNOWN;
  }

  /** Every JSON name and alias. */
  public List<String> all() {
    return List.copyOf(all);
  }

  /** What the Jackson 3 input made of these names (its matcher); set on first use. */
  private Object jackson3;

  /** The form the Jackson 3 input made of these names, or null before its first use. */
  public Object jackson3() {
    return jackson3;
  }

  /** Keeps the form the Jackson 3 input made of these names (immutable: shared by threads). */
  public void jackson3(Object matcher) {
    this.jackson3 = matcher;
  }
}
