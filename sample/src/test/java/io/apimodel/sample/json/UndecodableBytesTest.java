package io.apimodel.sample.json;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParseException;
import io.apimodel.sample.prism.v4.config.Task;
import java.nio.charset.Charset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Bytes that Jackson's decoder cannot turn into characters, met while a model is being read (a
 * UTF-32 document whose last character is cut short, found by JsonFuzzTest), fail like any other
 * malformed input: a Jackson exception with the path and location, and no foreign exception in
 * its cause chain (Jackson's decoder throws a {@code CharConversionException}, an IOException).
 */
class UndecodableBytesTest {

  @Test
  void aUtf32DocumentCutInsideItsLastCharacter() {
    String json = Json.resource("fixtures/bench/task-large.json");
    byte[] utf32 = json.getBytes(Charset.forName("UTF-32BE"));
    byte[] withBom = new byte[utf32.length + 4];
    withBom[2] = (byte) 0xFE;
    withBom[3] = (byte) 0xFF;
    System.arraycopy(utf32, 0, withBom, 4, utf32.length);
    byte[] cut = Arrays.copyOf(withBom, withBom.length - 6);
    JsonParseException e = assertThrows(JsonParseException.class, () -> Json.MAPPER.readValue(cut, Task.class));
    assertTrue(e.getOriginalMessage().startsWith("Invalid JSON at `"), e.getMessage());
    assertTrue(e.getOriginalMessage().contains("the input's bytes are not valid in its encoding: Unexpected EOF in the"
        + " middle of a 4-byte UTF-32 char"), e.getMessage());
    assertTrue(e.getMessage().contains("line: "), e.getMessage());
    assertNull(e.getCause());
  }
}
