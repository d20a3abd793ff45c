package io.apimodel.sample.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes fuzzing inputs from seed documents, deterministically from a seed: structure-aware
 * mutations of one to three members (another JSON type, edge-case numbers and date-times, renamed,
 * duplicated, deleted or moved members, {@code $objectType}/{@code $reserved} games, deep nesting), then,
 * for one input in three, byte-level ones (truncation, flipped and inserted bytes, invalid UTF-8,
 * UTF-16/32 with broken code units, byte order marks, trailing garbage).
 */
public final class JsonMutator {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Numbers at the edges of what readers convert: int/long/double limits, exponents past BigDecimal's. */
  private static final List<String> NUMBERS = List.of(
      "0", "-0", "1", "-1", "2147483647", "2147483648", "-2147483649", "9223372036854775807",
      "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890", "0.5", "-0.0", "50.0",
      "5e1", "1e-5", "1E+2", "1e400", "-1e400", "1e-400", "4.9e-324", "1.7976931348623157e308",
      "0.1000000000000000055511151231257827", "1e-2147483648", "1E+2147483647", "1e2147483648",
      "0." + "0".repeat(300) + "1", "9".repeat(400), "-" + "1".repeat(999));

  private static final List<String> STRINGS = List.of(
      "", " ", "2024-06-07T11:11:34.839373Z", "2024-06-07T11:11:34Z", "2024-06-07T11:11:34.839373123456789Z",
      "2024-02-30T00:00:00Z", "2024-06-07T24:00:00Z", "2024-06-07T11:11:60Z", "2024-06-07T11:11:34+25:00",
      "2024-06-07T11:11:34+05:30", "2024-06-07T11:11:34", "2024-06-07", "-999999999-01-01T00:00:00Z",
      "+1000000000-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "2024-06-07t11:11:34z", "2024-06-07 11:11:34Z",
      "QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "PAUSED_FOR_APPROVAL", "$UNKNOWN", "$REDACTED", "running",
      "ERROR", "INFO", "prism.v4.config.Task", "prism.v4.error.AppMessage", "common.v1.config.KVPair",
      "prism.v4.error.ErrorResponse", "prism.v4.error.SchemaValidationError", "prism.v4.config.TaskV2", "test.Measure",
      "ZXJnb24=:278bbfc2-280f-529b-882b-14ea649b9a95", "278bbfc2-280f-529b-882b-14ea649b9a95", "\u0000",
      "\ud83d\ude00", "\ud800", "x".repeat(5000), "\"quoted\"", "\\", "null", "true", "0");

  private static final List<String> NAMES = List.of(
      "$objectType", "$reserved", "$unknownFields", "extId", "status", "progressPercentage", "subTasks",
      "createdTime", "errorMessages", "severity", "locale", "value", "name", "map", "arguments", "ownedBy",
      "entitiesAffected", "isCancelable", "numberOfSubtasks", "clusterExtIds", "", "EXTID", "ext_id", "history",
      "severities", "batches", "amount", "ratio", "reading", "children", "data", "error", "metadata", "scalar",
      "message", "entity", "scalars", "entities", "messages");

  private final Random random;
  private final List<JsonNode> seeds;

  public JsonMutator(long seed, List<JsonNode> seeds) {
    this.random = new Random(seed);
    this.seeds = seeds;
  }

  /** The next input. */
  public byte[] next() {
    JsonNode doc = seeds.get(random.nextInt(seeds.size())).deepCopy();
    int mutations = 1 + random.nextInt(3);
    String text = null;
    for (int i = 0; i < mutations; i++) {
      if (random.nextInt(8) == 0) {
        text = duplicateMember(text != null ? text : toText(doc));
      } else if (text == null) {
        doc = mutate(doc);
      }
    }
    byte[] bytes = (text != null ? text : toText(doc)).getBytes(StandardCharsets.UTF_8);
    return random.nextInt(3) == 0 ? mutateBytes(bytes) : bytes;
  }

  // ---- Structure ---------------------------------------------------------------------------

  /** Mutates one value somewhere in the document (or the document itself); returns the new root. */
  private JsonNode mutate(JsonNode root) {
    List<JsonNode> containers = new ArrayList<>();
    collectContainers(root, containers);
    if (containers.isEmpty() || random.nextInt(20) == 0) {
      return randomValue(0);
    }
    JsonNode container = containers.get(random.nextInt(containers.size()));
    if (container instanceof ObjectNode object) {
      mutateObject(object);
    } else {
      mutateArray((ArrayNode) container);
    }
    return root;
  }

  private void mutateObject(ObjectNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    int choice = random.nextInt(11);
    if (names.isEmpty() || choice == 0) {
      object.set(NAMES.get(random.nextInt(NAMES.size())), randomValue(0));
      return;
    }
    String name = names.get(random.nextInt(names.size()));
    switch (choice) {
      case 1 -> object.remove(name);
      case 2 -> {
        JsonNode value = object.remove(name);
        object.set(rename(name), value);
      }
      case 3 -> object.set(name, deepNesting(random.nextBoolean() ? 100 : 1200));
      case 4 -> object.set(name, NODES.nullNode());
      case 5 -> object.set("$objectType", randomValue(0));
      case 6 -> object.set("$reserved", random.nextBoolean() ? randomValue(0) : NODES.objectNode().put("$fv", "v9.r9"));
      case 7 -> moveToEnd(object, name, random.nextBoolean());
      default -> object.set(name, randomValue(0));
    }
  }

  private void mutateArray(ArrayNode array) {
    int choice = random.nextInt(6);
    if (array.isEmpty() || choice == 0) {
      array.add(randomValue(0));
    } else if (choice == 1) {
      array.remove(random.nextInt(array.size()));
    } else if (choice == 2) {
      array.insert(random.nextInt(array.size() + 1), NODES.nullNode());
    } else {
      array.set(random.nextInt(array.size()), randomValue(0));
    }
  }

  /**
   * Moves a member first or last (a union reads an object whose {@code $objectType} comes first
   * straight on, and copies one where it comes later).
   */
  private static void moveToEnd(ObjectNode object, String name, boolean first) {
    JsonNode value = object.remove(name);
    if (first) {
      ObjectNode rest = object.deepCopy();
      object.removeAll();
      object.set(name, value);
      object.setAll(rest);
    } else {
      object.set(name, value);
    }
  }

  private String rename(String name) {
    return switch (random.nextInt(5)) {
      case 0 -> name.toUpperCase(java.util.Locale.ROOT);
      case 1 -> name + "X";
      case 2 -> name.isEmpty() ? "_" : name.substring(1);
      case 3 -> NAMES.get(random.nextInt(NAMES.size()));
      default -> "\u00e9" + name;
    };
  }

  private JsonNode randomValue(int depth) {
    switch (random.nextInt(depth > 2 ? 6 : 9)) {
      case 0:
        return NODES.nullNode();
      case 1:
        return NODES.booleanNode(random.nextBoolean());
      case 2:
      case 3:
        return number(NUMBERS.get(random.nextInt(NUMBERS.size())));
      case 4:
      case 5:
        return NODES.textNode(STRINGS.get(random.nextInt(STRINGS.size())));
      case 6: {
        ArrayNode array = NODES.arrayNode();
        for (int i = random.nextInt(4); i > 0; i--) {
          array.add(randomValue(depth + 1));
        }
        return array;
      }
      case 7: {
        ObjectNode object = NODES.objectNode();
        for (int i = random.nextInt(4); i > 0; i--) {
          object.set(NAMES.get(random.nextInt(NAMES.size())), randomValue(depth + 1));
        }
        return object;
      }
      default:
        return seeds.get(random.nextInt(seeds.size())).deepCopy();
    }
  }

  /** A number node that prints exactly {@code text}. */
  private static JsonNode number(String text) {
    return NODES.rawValueNode(new com.fasterxml.jackson.databind.util.RawValue(text));
  }

  private static JsonNode deepNesting(int depth) {
    ArrayNode outer = NODES.arrayNode();
    ArrayNode current = outer;
    for (int i = 1; i < depth; i++) {
      ArrayNode inner = NODES.arrayNode();
      current.add(inner);
      current = inner;
    }
    return outer;
  }

  private static void collectContainers(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        collectContainers(it.next(), out);
      }
    }
  }

  /** The document with one member written twice (a JSON tree cannot hold that, so on the text). */
  private String duplicateMember(String text) {
    int colon = text.indexOf("\":", random.nextInt(Math.max(1, text.length())));
    if (colon < 0) {
      return text;
    }
    int nameStart = text.lastIndexOf('"', colon - 1);
    if (nameStart < 0 || (nameStart > 0 && text.charAt(nameStart - 1) != ',' && text.charAt(nameStart - 1) != '{')) {
      return text;
    }
    String name = text.substring(nameStart, colon + 2);
    return text.substring(0, nameStart) + name + "null," + text.substring(nameStart);
  }

  /** The tree as JSON text, at any depth (Jackson's own writer stops at 1,000 levels). */
  static String toText(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(node, out);
    return out.toString();
  }

  private static void write(JsonNode node, StringBuilder out) {
    if (node.isObject()) {
      out.append('{');
      boolean first = true;
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!first) {
          out.append(',');
        }
        first = false;
        quote(e.getKey(), out);
        out.append(':');
        write(e.getValue(), out);
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(node.get(i), out);
      }
      out.append(']');
    } else if (node.isTextual()) {
      quote(node.textValue(), out);
    } else if (node.isPojo()) {
      Object pojo = ((com.fasterxml.jackson.databind.node.POJONode) node).getPojo();
      out.append(((com.fasterxml.jackson.databind.util.RawValue) pojo).rawValue()); // a number as written
    } else {
      out.append(node); // numbers, booleans, null
    }
  }

  private static void quote(String text, StringBuilder out) {
    out.append('"').append(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(text)).append('"');
  }

  // ---- Bytes -------------------------------------------------------------------------------

  private byte[] mutateBytes(byte[] bytes) {
    switch (random.nextInt(9)) {
      case 0:
        return Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
      case 1: {
        byte[] copy = bytes.clone();
        for (int i = 1 + random.nextInt(3); i > 0 && copy.length > 0; i--) {
          copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
      }
      case 2:
        return insert(bytes, random.nextInt(bytes.length + 1), randomBytes(1 + random.nextInt(4)));
      case 3:
        return insert(bytes, random.nextInt(bytes.length + 1),
            List.of(new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xED, (byte) 0xA0,
                (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xE2,
                (byte) 0x82}).get(random.nextInt(5)));
      case 4:
        return encoded(bytes, List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE,
            Charset.forName("UTF-32BE"), Charset.forName("UTF-32LE")).get(random.nextInt(4)), true);
      case 5: {
        byte[] utf16 = encoded(bytes, random.nextBoolean() ? StandardCharsets.UTF_16BE : Charset.forName("UTF-32LE"), true);
        return Arrays.copyOf(utf16, Math.max(0, utf16.length - 1 - random.nextInt(3))); // a broken last code unit
      }
      case 6:
        return insert(bytes, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      case 7:
        return insert(bytes, bytes.length,
            List.of("x", " {}", "]", "\u0000", " // comment", ",", " 1").get(random.nextInt(7)).getBytes(StandardCharsets.UTF_8));
      default: {
        // A surrogate pair split or a lone surrogate inside a string, as UTF-16 with a BOM.
        String text = new String(bytes, StandardCharsets.UTF_8);
        int quote = text.indexOf('"', random.nextInt(Math.max(1, text.length())));
        if (quote >= 0) {
          text = text.substring(0, quote + 1) + "\ud83d" + text.substring(quote + 1);
        }
        return encoded(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_16LE, true);
      }
    }
  }

  private byte[] randomBytes(int n) {
    byte[] out = new byte[n];
    random.nextBytes(out);
    return out;
  }

  private static byte[] encoded(byte[] utf8, Charset charset, boolean bom) {
    byte[] body = new String(utf8, StandardCharsets.UTF_8).getBytes(charset);
    if (!bom) {
      return body;
    }
    byte[] mark = Map.of(
        "UTF-16BE", new byte[] {(byte) 0xFE, (byte) 0xFF}, "UTF-16LE", new byte[] {(byte) 0xFF, (byte) 0xFE},
        "UTF-32BE", new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, "UTF-32LE", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0})
        .get(charset.name());
    return insert(body, 0, mark);
  }

  private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
    byte[] out = new byte[bytes.length + inserted.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(inserted, 0, out, at, inserted.length);
    System.arraycopy(bytes, at, out, at + inserted.length, bytes.length - at);
    return out;
  }
}
