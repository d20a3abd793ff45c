package io.apimodel.runtime.internal;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The unmodifiable maps that generated classes hold: insertion-ordered and deeply frozen, so that
 * one can be shared between objects and builders without a copy. Made only by {@link Values}.
 */
final class FrozenMap<K, V> extends AbstractMap<K, V> {

  private final Map<K, V> view;

  /** Takes {@code map}; nobody may change it afterwards. */
  FrozenMap(LinkedHashMap<K, V> map) {
    this.view = Collections.unmodifiableMap(map);
  }

  @Override
  public Set<Entry<K, V>> entrySet() {
    return view.entrySet();
  }

  @Override
  public V get(Object key) {
    return view.get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return view.containsKey(key);
  }

  @Override
  public int size() {
    return view.size();
  }
}
