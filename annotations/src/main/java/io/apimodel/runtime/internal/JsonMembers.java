package io.apimodel.runtime.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The member names of a model's JSON object: by property index, for writing, and from name or
 * alias to property index, for reading. The lookup is an open-addressing table that compares by
 * identity first: parsers hand over the same {@code String} instance for the same name, so a
 * member is usually found without comparing characters.
 */
public final class JsonMembers {

  private final JsonName[] names;
  private final String[] keys;
  private final int[] indexes;
  private final int mask;
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
    for (int i = 0; i < names.length; i++) {
      insert(names[i], i);
    }
    for (int i = 0; aliases != null && i < aliases.length; i++) {
      for (String alias : aliases[i] == null ? new String[0] : aliases[i]) {
        insert(alias, i);
      }
    }
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
