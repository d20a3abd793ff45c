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
  private final Set<String> all = new LinkedHashSet<>();

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
    for (int i = 0; i < names.length; i++) {
      insert(names[i], i);
    }
    for (int i = 0; aliases != null && i < aliases.length; i++) {
      for (String alias : aliases[i] == null ? new String[0] : aliases[i]) {
        insert(alias, i);
      }
    }
    for (String name : all) {
      byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
      int slot = slot(hash(bytes, 0, bytes.length));
      while (byteKeys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      byteKeys[slot] = bytes;
      byteIndexes[slot] = index(name);
    }
  }

  /**
   * The hash {@link #index(byte[], int, int, int)} expects of a name's UTF-8 bytes: readers work
   * it out as they scan the name ({@code h = 31 * h + b} over the bytes, from 0).
   */
  public static int hash(byte[] bytes, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + bytes[i];
    }
    return h;
  }

  private int slot(int hash) {
    return (hash ^ (hash >>> 15)) & mask;
  }

  /**
   * The property whose name (or alias) is the UTF-8 text {@code bytes[start..end)}, or {@link
   * JsonInput#UNKNOWN}.
   *
   * @param hash {@link #hash(byte[], int, int)} of those bytes
   */
  public int index(byte[] bytes, int start, int end, int hash) {
    int length = end - start;
    int slot = slot(hash);
    byte[] key;
    while ((key = byteKeys[slot]) != null) {
      if (key.length == length && Arrays.equals(key, 0, length, bytes, start, end)) {
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
  List<String> all() {
    return List.copyOf(all);
  }
}
