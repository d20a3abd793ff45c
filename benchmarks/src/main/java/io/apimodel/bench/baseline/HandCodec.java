package io.apimodel.bench.baseline;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference: a hand-written jackson-core streaming codec for the {@code Hand*} POJOs, the way
 * a careful engineer writes one (the write side is {@link HandCodecWriter}). Pre-encoded names,
 * {@code nextFieldName()} with a {@code switch} on the name, explicit loops, JSON types checked,
 * unknown members skipped, date-times read with {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} and
 * written with {@code toString()}; no reflection, no validation.
 *
 * <p>It is called the way the shared bench ({@code ../shared/bench}) calls its streaming codec:
 * reads parse a {@code byte[]}, writes return a fresh {@code byte[]} built as
 * {@code ObjectWriter.writeValueAsBytes} builds it (a {@link ByteArrayBuilder} on the factory's
 * {@link BufferRecycler}).
 */
public final class HandCodec {

  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;


  private HandCodec() {}

  // ---------------------------------------------------------------- entry points

  /** Reads a Task document. */
  public static HandTask read(JsonFactory factory, byte[] json) throws IOException {
    try (JsonParser p = factory.createParser(json)) {
      p.nextToken();
      return readTask(p);
    }
  }

  /** The Task document in UTF-8. */
  public static byte[] write(JsonFactory factory, HandTask task) throws IOException {
    return write(factory, task, HandCodecWriter.REFERENCE);
  }

  /**
   * The same bytes, written in the shared bench's streaming style: {@code $objectType} and
   * {@code $reserved} encoded as they are written (see {@link HandCodecWriter}).
   */
  public static byte[] writeSharedStyle(JsonFactory factory, HandTask task) throws IOException {
    return write(factory, task, HandCodecWriter.SHARED_STYLE);
  }

  private static byte[] write(JsonFactory factory, HandTask task, HandCodecWriter writer)
      throws IOException {
    BufferRecycler recycler = factory._getBufferRecycler();
    try (ByteArrayBuilder bytes = new ByteArrayBuilder(recycler)) {
      try (JsonGenerator g = factory.createGenerator(bytes, JsonEncoding.UTF8)) {
        writer.writeTask(task, g);
      }
      return bytes.getClearAndRelease();
    } finally {
      recycler.releaseToPool();
    }
  }

  // ---------------------------------------------------------------- read

  public static HandTask readTask(JsonParser p) throws IOException {
    if (!startObject(p)) {
      return null;
    }
    HandTask t = new HandTask();
    String name;
    while ((name = p.nextFieldName()) != null) {
      p.nextToken();
      switch (name) {
        case "$objectType" -> t.setObjectType(string(p));
        case "$reserved" -> t.setReserved(stringMap(p));
        case "extId" -> t.setExtId(string(p));
        case "operation" -> t.setOperation(string(p));
        case "operationDescription" -> t.setOperationDescription(string(p));
        case "parentTask" -> t.setParentTask(readTaskReference(p));
        case "createdTime" -> t.setCreatedTime(dateTime(p));
        case "startedTime" -> t.setStartedTime(dateTime(p));
        case "completedTime" -> t.setCompletedTime(dateTime(p));
        case "status" -> {
          String wire = string(p);
          t.setStatus(wire == null ? null : HandTaskStatus.fromWire(wire));
        }
        case "progressPercentage" -> t.setProgressPercentage(integer(p));
        case "entitiesAffected" -> {
          if (startArray(p)) {
            List<HandEntityReference> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
              list.add(readEntityReference(p));
            }
            t.setEntitiesAffected(list);
          }
        }
        case "subTasks" -> {
          if (startArray(p)) {
            List<HandTaskReference> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
              list.add(readTaskReference(p));
            }
            t.setSubTasks(list);
          }
        }
        case "subSteps" -> {
          if (startArray(p)) {
            List<HandTaskStep> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
              list.add(readTaskStep(p));
            }
            t.setSubSteps(list);
          }
        }
        case "isCancelable" -> t.setIsCancelable(bool(p));
        case "ownedBy" -> t.setOwnedBy(readOwnerReference(p));
        case "completionDetails" -> {
          if (startArray(p)) {
            List<HandKVPair> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
              list.add(readKVPair(p));
            }
            t.setCompletionDetails(list);
          }
        }
        case "errorMessages" -> t.setErrorMessages(appMessages(p));
        case "legacyErrorMessage" -> t.setLegacyErrorMessage(string(p));
        case "warnings" -> t.setWarnings(appMessages(p));
        case "lastUpdatedTime" -> t.setLastUpdatedTime(dateTime(p));
        case "clusterExtIds" -> {
          if (startArray(p)) {
            List<String> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
              list.add(string(p));
            }
            t.setClusterExtIds(list);
          }
        }
        case "rootTask" -> t.setRootTask(readTaskReference(p));
        case "isBackgroundTask" -> t.setIsBackgroundTask(bool(p));
        case "numberOfSubtasks" -> t.setNumberOfSubtasks(integer(p));
        case "numberOfEntitiesAffected" -> t.setNumberOfEntitiesAffected(integer(p));
        default -> p.skipChildren();
      }
    }
    return t;
  }

  public static HandTaskReference readTaskReference(JsonParser p) throws IOException {
    if (!startObject(p)) {
      return null;
    }
    HandTaskReference r = new HandTaskReference();
    String name;
    while ((name = p.nextFieldName()) != null) {
      p.nextToken();
      switch (name) {
        case "$objectType" -> r.setObjectType(string(p));
        case "$reserved" -> r.setReserved(stringMap(p));
        case "href" -> r.setHref(string(p));
        case "rel" -> r.setRel(string(p));
        case "extId" -> r.setExtId(string(p));
        default -> p.skipChildren();
      }
    }
    return r;
  }

  public static HandEntityReference readEntityReference(JsonParser p) throws IOException {
    if (!startObject(p)) {
      return null;
    }
    HandEntityReference r = new HandEntityReference();
    String name;
    while ((name = p.nextFieldName()) != null) {
      p.nextToken();
      switch (name) {
        case "$objectType" -> r.setObjectType(string(p));
        case "$reserved" -> r.setReserved(stringMap(p));
        case "extId" -> r.setExtId(string(p));
        case "rel" -> r.setRel(string(p));
        case "name" -> r.setName(string(p));
        default -> p.skipChildren();
      }
    }
    return r;
  }

  public static HandTaskStep readTaskStep(JsonParser p) throws IOException {
    if (!startObject(p)) {
      return null;
    }
    HandTaskStep s = new HandTaskStep();
    String name;
    while ((name = p.nextFieldName()) != null) {
      p.nextToken();
      switch (name) {
        case "$objectType" -> s.setObjectType(string(p));
        case "$reserved" -> s.setReserved(stringMap(p));
        case "name" -> s.setName(string(p));
        default -> p.skipChildren();
      }
    }
    return s;
  }

  public static HandOwnerReference readOwnerReference(JsonParser p) throws IOException {
    if (!startObject(p)) {
      return null;
    }
    HandOwnerReference r = new HandOwnerReference();
    String name;
    while ((name = p.nextFieldName()) != null) {
      p.nextToken();
      switch (name) {
        case "$objectType" -> r.setObjectType(string(p));
        case "$reserved" -> r.setReserved(stringMap(p));
        case "extId" -> r.setExtId(string(p));
        case "name" -> r.setName(string(p));
        default -> p.skipChildren();
      }
    }
    return r;
  }

  public static HandKVPair readKVPair(JsonParser p) throws IOException {
    if (!startObject(p)) {
      return null;
    }
    HandKVPair kv = new HandKVPair();
    String name;
    while ((name = p.nextFieldName()) != null) {
      p.nextToken();
      switch (name) {
        case "$objectType" -> kv.setObjectType(string(p));
        case "$reserved" -> kv.setReserved(stringMap(p));
        case "name" -> kv.setName(string(p));
        case "value" -> kv.setValue(any(p));
        default -> p.skipChildren();
      }
    }
    return kv;
  }

  public static HandAppMessage readAppMessage(JsonParser p) throws IOException {
    if (!startObject(p)) {
      return null;
    }
    HandAppMessage m = new HandAppMessage();
    String name;
    while ((name = p.nextFieldName()) != null) {
      p.nextToken();
      switch (name) {
        case "$objectType" -> m.setObjectType(string(p));
        case "$reserved" -> m.setReserved(stringMap(p));
        case "message" -> m.setMessage(string(p));
        case "severity" -> {
          String wire = string(p);
          m.setSeverity(wire == null ? null : HandMessageSeverity.fromWire(wire));
        }
        case "code" -> m.setCode(string(p));
        case "locale" -> m.setLocale(string(p));
        case "errorGroup" -> m.setErrorGroup(string(p));
        case "argumentsMap" -> m.setArgumentsMap(stringMap(p));
        default -> p.skipChildren();
      }
    }
    return m;
  }

  private static List<HandAppMessage> appMessages(JsonParser p) throws IOException {
    if (!startArray(p)) {
      return null;
    }
    List<HandAppMessage> list = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      list.add(readAppMessage(p));
    }
    return list;
  }

  private static Map<String, String> stringMap(JsonParser p) throws IOException {
    if (!startObject(p)) {
      return null;
    }
    Map<String, String> map = new LinkedHashMap<>();
    String name;
    while ((name = p.nextFieldName()) != null) {
      p.nextToken();
      map.put(name, string(p));
    }
    return map;
  }

  private static boolean startObject(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      return true;
    }
    if (t == JsonToken.VALUE_NULL) {
      return false;
    }
    throw new JsonParseException(p, "expected an object, got " + t);
  }

  private static boolean startArray(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_ARRAY) {
      return true;
    }
    if (t == JsonToken.VALUE_NULL) {
      return false;
    }
    throw new JsonParseException(p, "expected an array, got " + t);
  }

  private static String string(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw new JsonParseException(p, "expected a string, got " + t);
  }

  private static Integer integer(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT) {
      return p.getIntValue();
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw new JsonParseException(p, "expected an integer, got " + t);
  }

  private static Boolean bool(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw new JsonParseException(p, "expected true or false, got " + t);
  }

  private static OffsetDateTime dateTime(JsonParser p) throws IOException {
    String text = string(p);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text, DATE_TIME);
    } catch (DateTimeParseException e) {
      throw new JsonParseException(p, "not a date-time: " + text, e);
    }
  }

  /** Any JSON value as String, Boolean, a number, List or Map. */
  private static Object any(JsonParser p) throws IOException {
    switch (p.currentToken()) {
      case VALUE_NULL:
        return null;
      case VALUE_STRING:
        return p.getText();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NUMBER_INT:
        return p.getNumberValue();
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case START_ARRAY: {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(any(p));
        }
        return list;
      }
      case START_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        String name;
        while ((name = p.nextFieldName()) != null) {
          p.nextToken();
          map.put(name, any(p));
        }
        return map;
      }
      default:
        throw new JsonParseException(p, "expected a JSON value, got " + p.currentToken());
    }
  }

}
