package io.apimodel.runtime.internal;

import java.io.IOException;

/**
 * A list or map kind: its items may hold unknown enum wire strings, so writing and
 * {@code toDict()} are defined once, with an overlay of those strings; without one they are the
 * same with none.
 */
abstract class ContainerKind extends Kind {

  ContainerKind(boolean insideChecks) {
    super(insideChecks, false);
  }

  @Override
  abstract void write(Object value, Object overlay, JsonOutput out) throws IOException;

  @Override
  abstract Object dict(Object value, Object overlay, DictWalk walk);

  @Override
  final void write(Object value, JsonOutput out) throws IOException {
    write(value, null, out);
  }

  @Override
  final Object dict(Object value, DictWalk walk) {
    return dict(value, null, walk);
  }
}
