package io.apimodel.bench.avaje;

import io.avaje.jsonb.JsonType;
import io.avaje.jsonb.Jsonb;

/**
 * The avaje-jsonb contender: {@link Task} through the adapters avaje-jsonb-generator writes at
 * compile time, which {@link Jsonb} finds through {@code ServiceLoader}; avaje's own UTF-8 reader
 * and writer, no jackson-core. Set up as its documentation shows, with null properties left out.
 * Reads are {@link JsonType#fromJson(byte[])}, writes {@link JsonType#toJsonBytes(Object)}: one
 * {@code byte[]} in, one fresh {@code byte[]} out, as for every contender.
 */
public final class AvajeCodec {

  private final JsonType<Task> type =
      Jsonb.builder().serializeNulls(false).build().type(Task.class);

  /** One Task document in UTF-8. */
  public Task read(byte[] json) {
    return type.fromJson(json);
  }

  /** The Task as compact UTF-8 JSON. */
  public byte[] write(Task task) {
    return type.toJsonBytes(task);
  }
}
