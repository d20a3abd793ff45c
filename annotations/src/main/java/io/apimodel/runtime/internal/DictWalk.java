package io.apimodel.runtime.internal;

import java.util.Map;

/**
 * One {@code toDict()} on its way through an object graph: whether {@code @Redacted} values are
 * masked, and the models it is inside of with the dicts being filled for them, so that a model met
 * again inside itself (a cycle built through setters) gets the same dict, and the dicts hold the
 * same cycle. One per call.
 */
final class DictWalk {

  final boolean redacted;
  private final IdentityStack inside = new IdentityStack();

  DictWalk(boolean redacted) {
    this.redacted = redacted;
  }

  /** The dict being filled for {@code model} further up, or null. */
  @SuppressWarnings("unchecked")
  Map<String, Object> dictOf(Object model) {
    return (Map<String, Object>) inside.valueOf(model);
  }

  void enter(Object model, Map<String, Object> dict) {
    inside.push(model, dict);
  }

  void leave() {
    inside.pop();
  }
}
