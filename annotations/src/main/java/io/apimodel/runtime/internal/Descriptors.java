package io.apimodel.runtime.internal;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The descriptors of generated classes by class: each registers itself while its class
 * initializes, and a lookup initializes the class first when it has not yet. One instance for the
 * model descriptors ({@link ModelType}), one for the union descriptors ({@link UnionType}).
 *
 * @param <D> the kind of descriptor
 */
final class Descriptors<D> {

  private final ClassValue<AtomicReference<D>> byClass = new ClassValue<>() {
    @Override
    protected AtomicReference<D> computeValue(Class<?> type) {
      return new AtomicReference<>();
    }
  };

  /** Called by a descriptor's constructor, in its class's static initializer. */
  void register(Class<?> type, D descriptor) {
    byClass.get(type).set(descriptor);
  }

  /** The descriptor of a class, initializing the class first if need be; null when it has none. */
  D find(Class<?> type) {
    D found = byClass.get(type).get();
    if (found == null) {
      try {
        Class.forName(type.getName(), true, type.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      found = byClass.get(type).get();
    }
    return found;
  }
}
