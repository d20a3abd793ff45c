package io.apimodel.bench.dsljson;

import com.dslplatform.json.DslJson;
import com.dslplatform.json.JsonWriter;
import com.dslplatform.json.runtime.Settings;
import java.io.IOException;

/**
 * The DSL-JSON contender: {@link Task} through the converters DSL-JSON's annotation processor (in
 * the {@code dsl-json} jar itself) writes at compile time, one {@code _<Name>_DslJsonConverter}
 * per class, which {@link DslJson} finds by that name; DSL-JSON's own byte-level reader and writer,
 * no jackson-core.
 *
 * <p>Set up as its documentation shows: {@link Settings#basicSetup()}, whose runtime analyzers
 * here only wrap some {@code List} properties' generated element converters (the constructor
 * checks that {@code Task} itself maps through its generated converter, not through reflection),
 * and {@code skipDefaultValues(true)}, which leaves null properties out (every property is a
 * reference, so {@code false} and {@code 0} are still written). {@code KVPair.value} (any JSON
 * value) goes through DslJson's own {@code Object} reader and writer. Reads are {@link
 * DslJson#deserialize(Class, byte[], int)}, which reuses DslJson's per-thread reader; writes reuse
 * one {@link JsonWriter} per thread, reset before each document, and copy the document out with
 * {@link JsonWriter#toByteArray()}: one {@code byte[]} in, one fresh {@code byte[]} out, as for
 * every contender.
 */
public final class DslJsonCodec {

  private static final String GENERATED = Task.class.getPackageName() + "._Task_DslJsonConverter";

  private final DslJson<Object> dslJson =
      new DslJson<>(Settings.basicSetup().skipDefaultValues(true));
  private final ThreadLocal<JsonWriter> writers = ThreadLocal.withInitial(dslJson::newWriter);

  public DslJsonCodec() {
    Object reader = dslJson.tryFindReader(Task.class);
    Object writer = dslJson.tryFindWriter(Task.class);
    if (!generated(reader) || !generated(writer)) {
      throw new IllegalStateException("Task does not map through " + GENERATED + " (reader "
          + reader + ", writer " + writer + "): did DSL-JSON's annotation processor run?");
    }
  }

  private static boolean generated(Object converter) {
    return converter != null && converter.getClass().getName().startsWith(GENERATED);
  }

  /** One Task document in UTF-8. */
  public Task read(byte[] json) throws IOException {
    return dslJson.deserialize(Task.class, json, json.length);
  }

  /** The Task as compact UTF-8 JSON. */
  public byte[] write(Task task) throws IOException {
    JsonWriter writer = writers.get();
    writer.reset();
    dslJson.serialize(writer, task);
    return writer.toByteArray();
  }
}
