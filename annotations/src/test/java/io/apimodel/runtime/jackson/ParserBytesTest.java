package io.apimodel.runtime.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * When the generated deserializer may hand a mapper's byte array to {@link Utf8Input}: a root
 * object parsed from an array with the defaults, and nothing else.
 */
class ParserBytesTest {

  private static final byte[] JSON = "  {\"a\":{\"b\":1}}  ".getBytes(StandardCharsets.UTF_8);

  @Test
  void aRootObjectParsedFromAnArrayIsHandedOver() throws IOException {
    try (JsonParser p = new JsonFactory().createParser(JSON)) {
      p.nextToken();
      ParserBytes bytes = ParserBytes.ofRootObject(p);
      assertNotNull(bytes, "the parser's fields could not be read: no hand-over");
      assertEquals(2, bytes.start());
      assertEquals(JSON.length, bytes.end());
      p.nextToken();
      p.nextToken();
      assertNull(ParserBytes.ofRootObject(p), "a nested object");
    }
    byte[] padded = ("xx" + new String(JSON, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    try (JsonParser p = new JsonFactory().createParser(padded, 2, JSON.length)) {
      p.nextToken();
      ParserBytes bytes = ParserBytes.ofRootObject(p);
      assertNotNull(bytes);
      assertEquals(4, bytes.start());
      assertEquals(padded.length, bytes.end());
    }
  }

  @Test
  void otherParsersAndSettingsAreNot() throws IOException {
    try (JsonParser p = new JsonFactory().createParser(new ByteArrayInputStream(JSON))) {
      p.nextToken();
      assertNull(ParserBytes.ofRootObject(p), "a stream");
    }
    try (JsonParser p = new JsonFactory().createParser(new String(JSON, StandardCharsets.UTF_8))) {
      p.nextToken();
      assertNull(ParserBytes.ofRootObject(p), "text");
    }
    try (JsonParser p = new JsonFactory().enable(JsonParser.Feature.ALLOW_COMMENTS).createParser(JSON)) {
      p.nextToken();
      assertNull(ParserBytes.ofRootObject(p), "another grammar");
    }
    JsonFactory limited = new JsonFactory();
    limited.setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(10).build());
    try (JsonParser p = limited.createParser(JSON)) {
      p.nextToken();
      assertNull(ParserBytes.ofRootObject(p), "other limits");
    }
    try (JsonParser p = new JsonFactory().createParser("[{}]".getBytes(StandardCharsets.UTF_8))) {
      p.nextToken();
      p.nextToken();
      assertNull(ParserBytes.ofRootObject(p), "an object in an array");
    }
  }
}
