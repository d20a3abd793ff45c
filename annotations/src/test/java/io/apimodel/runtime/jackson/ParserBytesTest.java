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

  /**
   * After a hand-over the parser is where reading the object itself would have left it: on its
   * end, at the same location, and the values after it read on alike (as a MappingIterator or a
   * caller holding the parser reads them).
   */
  @Test
  void theParserIsMovedOntoTheObjectsEndAsIfItHadReadIt() throws IOException {
    for (String text : new String[] {
        "{\"a\":{\"b\":[1,2]},\"c\":\"d\"} {\"e\":1}\n[2] 3",
        "\n{\n  \"a\": 1,\r\n  \"b\": \"x\u00e9\",\r  \"c\": {}\n}\r\n{\"d\":\r2}\rtrue",
        "{}{}", "  {\"k\":\"\\u0041\\n\"}\n\n\n  {\"z\":null}  "}) {
      byte[] json = text.getBytes(StandardCharsets.UTF_8);
      try (JsonParser expected = new JsonFactory().createParser(json);
          JsonParser actual = new JsonFactory().createParser(json)) {
        while (expected.nextToken() != null) {
          assertEquals(expected.currentToken(), actual.nextToken());
          ParserBytes bytes = ParserBytes.ofRootObject(actual);
          if (bytes != null) {
            Utf8Input in = Utf8Input.acquire(json, bytes.start(), bytes.end());
            in.start();
            in.any();
            bytes.moveParserTo(actual, in.tokenStart());
            in.release();
            expected.skipChildren();
          } else if (expected.currentToken().isStructStart()) {
            expected.skipChildren();
            actual.skipChildren();
          }
          assertEquals(expected.currentToken(), actual.currentToken(), text);
          assertEquals(describe(expected.currentLocation()), describe(actual.currentLocation()), text);
          assertEquals(describe(expected.currentTokenLocation()), describe(actual.currentTokenLocation()), text);
          assertEquals(expected.getParsingContext().inRoot(), actual.getParsingContext().inRoot(), text);
        }
        assertNull(actual.nextToken(), text);
      }
    }
  }

  private static String describe(com.fasterxml.jackson.core.JsonLocation at) {
    return "line " + at.getLineNr() + ", column " + at.getColumnNr() + ", byte " + at.getByteOffset();
  }
}
