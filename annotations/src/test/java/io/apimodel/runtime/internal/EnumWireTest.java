package io.apimodel.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link EnumWire#constant(byte[], int, int)} finds what {@link EnumWire#constant(String)} finds. */
class EnumWireTest {

  enum Status { QUEUED, RUNNING, RUNNING_TOO, FAILED, UNKNOWN }

  @Test
  void theBytesOfAWireStringFindItsConstantAndNothingElseDoes() {
    EnumWire<Status> wires = EnumWire.unknownAs(Status.values(), Status.UNKNOWN,
        "QUEUED", "RUNNING", "RUNNING", "FAILED", "$UNKNOWN");
    for (String text : List.of("QUEUED", "RUNNING", "FAILED", "$UNKNOWN", "QUEUE", "QUEUEDX", "queued", "",
        "RUNNING ", "R", "FAILEDFAILED")) {
      byte[] json = ("[\"" + text + "\"]").getBytes(StandardCharsets.UTF_8);
      assertEquals(wires.constant(text), wires.constant(json, 2, 2 + text.length()), text);
    }
    assertEquals(Status.RUNNING, wires.constant("RUNNING".getBytes(StandardCharsets.UTF_8), 0, 7),
        "the first constant of a wire string, as by the string");
  }
}
