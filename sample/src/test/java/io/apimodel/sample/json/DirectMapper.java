package io.apimodel.sample.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apimodel.runtime.ApiObject;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A plain {@code ObjectMapper} whose reads and writes of generated classes go through the classes'
 * own direct entry points of SPEC §5 instead ({@code fromJson(String)}, {@code fromJson(byte[])},
 * {@code toJson()}, {@code toJsonBytes()}), so that the JSON tests, which call the mapper, run
 * against the direct path ({@code -Dapimodel.json.mapping=direct}). Everything else (trees, other
 * types, types the tests build themselves) is the mapper's.
 */
final class DirectMapper extends ObjectMapper {

  private static final long serialVersionUID = 1L;
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.publicLookup();

  /** Each class's {@code fromJson}/{@code toJson} handles, or null when it has none. */
  private final transient ConcurrentHashMap<String, MethodHandle> handles = new ConcurrentHashMap<>();

  private MethodHandle handle(Class<?> type, String name, boolean isStatic, Class<?> result, Class<?> parameter) {
    if (!ApiObject.class.isAssignableFrom(type)) {
      return null;
    }
    String key = type.getName() + "#" + name + "/" + result.getSimpleName() + "/" + parameter;
    MethodHandle found = handles.computeIfAbsent(key, k -> {
      try {
        return isStatic
            ? LOOKUP.findStatic(type, name, MethodType.methodType(type, parameter))
            : LOOKUP.findVirtual(type, name, MethodType.methodType(result));
      } catch (ReflectiveOperationException e) {
        return MethodHandles.constant(Object.class, null); // none: use the mapper
      }
    });
    return found.type().parameterCount() == 0 ? null : found;
  }

  @Override
  public <T> T readValue(String content, Class<T> type) throws JsonProcessingException {
    MethodHandle read = handle(type, "fromJson", true, type, String.class);
    return read == null ? super.readValue(content, type) : type.cast(invoke(read, content));
  }

  @Override
  public <T> T readValue(byte[] content, Class<T> type) throws IOException {
    MethodHandle read = handle(type, "fromJson", true, type, byte[].class);
    return read == null ? super.readValue(content, type) : type.cast(invoke(read, content));
  }

  @Override
  public String writeValueAsString(Object value) throws JsonProcessingException {
    MethodHandle write = value == null ? null : handle(value.getClass(), "toJson", false, String.class, Void.class);
    return write == null ? super.writeValueAsString(value) : (String) invoke(write, value);
  }

  @Override
  public byte[] writeValueAsBytes(Object value) throws JsonProcessingException {
    MethodHandle write = value == null ? null : handle(value.getClass(), "toJsonBytes", false, byte[].class, Void.class);
    return write == null ? super.writeValueAsBytes(value) : (byte[]) invoke(write, value);
  }

  private static Object invoke(MethodHandle handle, Object argument) throws JsonProcessingException {
    try {
      return handle.invoke(argument);
    } catch (JsonProcessingException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }
}
