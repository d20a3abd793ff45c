package io.apimodel.runtime.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The member names of a model's JSON object: by property index, for writing, and from name or
 * alias to property index, for reading.
 */
public final class JsonMembers {

  private final JsonName[] names;
  private final Map<String, Integer> index;

  /**
   * @param names the JSON name of each property, in property order
   * @param aliases for each property, the further names accepted on read (or null)
   */
  JsonMembers(String[] names, String[][] aliases) {
    this.names = new JsonName[names.length];
    this.index = new HashMap<>(names.length * 2);
    for (int i = 0; i < names.length; i++) {
      this.names[i] = new JsonName(names[i]);
      index.put(names[i], i);
    }
    for (int i = 0; aliases != null && i < aliases.length; i++) {
      for (String alias : aliases[i] == null ? new String[0] : aliases[i]) {
        index.putIfAbsent(alias, i);
      }
    }
  }

  /** The property a member name (or alias) belongs to, or {@link JsonInput#UNKNOWN}. */
  public int index(String name) {
    Integer i = index.get(name);
    return i == null ? JsonInput.UNKNOWN : i;
  }

  /** The JSON name of property {@code index}. */
  public JsonName name(int index) {
    return names[index];
  }

  /** Whether a member of this name belongs to a property (by name or alias). */
  public boolean declares(String name) {
    return index.containsKey(name);
  }

  /** Every JSON name and alias, for messages. */
  List<String> all() {
    return List.copyOf(index.keySet());
  }
}
