package io.apimodel.runtime.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The unmodifiable lists that generated classes hold: array-backed, and deeply frozen (nested lists
 * and maps are frozen too), so that one can be shared between objects and builders without a copy.
 * Made only by {@link Values}.
 */
final class FrozenList<E> extends AbstractList<E> implements RandomAccess {

  static final FrozenList<Object> EMPTY = new FrozenList<>(new Object[0], 0);

  private final Object[] items;
  private final int size;

  /** Takes {@code items}; nobody may change them afterwards. */
  FrozenList(Object[] items, int size) {
    this.items = items;
    this.size = size;
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index " + index + ", size " + size);
    }
    return (E) items[index];
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Object[] toArray() {
    return Arrays.copyOf(items, size);
  }
}
