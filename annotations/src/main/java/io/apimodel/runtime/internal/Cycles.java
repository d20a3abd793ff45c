package io.apimodel.runtime.internal;

/**
 * The models (or pairs of models) that a thread's {@code hashCode()} or {@code equals()} is inside
 * of: both reach nested models through their public methods, so their stack lives per thread, and
 * an object graph built through setters may hold a cycle. Each has its own stack, so that one
 * running inside the other sees only its own. ({@code validate()} and {@code toDict()} carry theirs
 * with the call: {@link Validation}, {@link DictWalk}.)
 *
 * <p>Depths are small (a model inside a model inside a model), so lookups scan the stack by
 * identity from the top; pushing and popping store one reference.
 */
final class Cycles {

  static final ThreadLocal<Cycles> HASHING = ThreadLocal.withInitial(Cycles::new);
  static final ThreadLocal<Cycles> COMPARING = ThreadLocal.withInitial(Cycles::new);

  private Object[] stack = new Object[16];
  private int size;

  /** The position of {@code object} on the stack (the top first), or -1. */
  int indexOf(Object object) {
    for (int i = size - 1; i >= 0; i--) {
      if (stack[i] == object) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the pair ({@code a}, {@code b}) was pushed by {@link #push(Object, Object)} and is still on. */
  boolean containsPair(Object a, Object b) {
    for (int i = size - 2; i >= 0; i -= 2) {
      if (stack[i] == a && stack[i + 1] == b) {
        return true;
      }
    }
    return false;
  }


  void push(Object object) {
    if (size == stack.length) {
      stack = java.util.Arrays.copyOf(stack, size * 2);
    }
    stack[size++] = object;
  }

  /** Pushes a pair of models being compared. */
  void push(Object a, Object b) {
    push(a);
    push(b);
  }

  void pop() {
    stack[--size] = null;
  }

  void pop2() {
    stack[--size] = null;
    stack[--size] = null;
  }
}
