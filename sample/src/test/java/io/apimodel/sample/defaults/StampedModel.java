package io.apimodel.sample.defaults;

import io.apimodel.ApiModel;
import io.apimodel.Default;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A model whose @Default methods count their calls, to show when defaults are evaluated. */
@ApiModel
public interface StampedModel {

  /** How often {@link #stamps()} has been called, by any instance. */
  AtomicInteger CALLS = new AtomicInteger();

  /** A list default that differs on every call. */
  @Default
  default List<String> stamps() {
    return List.of("stamp-" + CALLS.incrementAndGet());
  }

  /** A list default that is the same on every call. */
  @Default
  default List<String> labels() {
    return List.of("a", "b");
  }
}
