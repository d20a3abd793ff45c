package io.apimodel.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The payloads and the one ObjectMapper every contender shares. */
final class Fixtures {

  private Fixtures() {}

  /**
   * A plain ObjectMapper configured once, as an application would: JavaTimeModule with ISO strings
   * for the hand-written POJOs' dates, unknown enum values to their {@code @JsonEnumDefaultValue}.
   * The generated classes need none of it (their codec is found through their annotations).
   */
  static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
        .build();
  }

  /** {@code task-large.json} or {@code task-small.json} from the classpath. */
  static byte[] payload(String size) {
    String name = "/task-" + size + ".json";
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The payload as it comes over the wire, and as the shared bench ({@code ../shared/bench}) feeds
   * it to its contenders: re-encoded without whitespace, member order kept.
   */
  static byte[] compact(String size) {
    ObjectMapper plain = new ObjectMapper();
    try {
      return plain.writeValueAsBytes(plain.readTree(payload(size)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
