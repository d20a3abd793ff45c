package io.apimodel.bench.baseline;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference: a hand-written jackson-core streaming codec for the {@code Hand*} POJOs, the way
 * a careful engineer writes one. Pre-encoded {@link SerializedString} names, {@code nextFieldName()}
 * with a {@code switch} on the name, explicit loops, JSON types checked, unknown members skipped,
 * dates with {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}; no reflection, no validation.
 */
public final class HandCodec {

  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private static final SerializedString OBJECT_TYPE = new SerializedString("$objectType");
  private static final SerializedString RESERVED = new SerializedString("$reserved");
  private static final SerializedString EXT_ID = new SerializedString("extId");
  private static final SerializedString OPERATION = new SerializedString("operation");
  private static final SerializedString OPERATION_DESCRIPTION = new SerializedString("operationDescription");
  private static final SerializedString PARENT_TASK = new SerializedString("parentTask");
  private static final SerializedString CREATED_TIME = new SerializedString("createdTime");
  private static final SerializedString STARTED_TIME = new SerializedString("startedTime");
  private static final SerializedString COMPLETED_TIME = new SerializedString("completedTime");
  private static final SerializedString STATUS = new SerializedString("status");
  private static final SerializedString PROGRESS_PERCENTAGE = new SerializedString("progressPercentage");
  private static final SerializedString ENTITIES_AFFECTED = new SerializedString("entitiesAffected");
  private static final SerializedString SUB_TASKS = new SerializedString("subTasks");
  private static final SerializedString SUB_STEPS = new SerializedString("subSteps");
  private static final SerializedString IS_CANCELABLE = new SerializedString("isCancelable");
  private static final SerializedString OWNED_BY = new SerializedString("ownedBy");
  private static final SerializedString COMPLETION_DETAILS = new SerializedString("completionDetails");
  private static final SerializedString ERROR_MESSAGES = new SerializedString("errorMessages");
  private static final SerializedString LEGACY_ERROR_MESSAGE = new SerializedString("legacyErrorMessage");
  private static final SerializedString WARNINGS = new SerializedString("warnings");
  private static final SerializedString LAST_UPDATED_TIME = new SerializedString("lastUpdatedTime");
  private static final SerializedString CLUSTER_EXT_IDS = new SerializedString("clusterExtIds");
  private static final SerializedString ROOT_TASK = new SerializedString("rootTask");
  private static final SerializedString IS_BACKGROUND_TASK = new SerializedString("isBackgroundTask");
  private static final SerializedString NUMBER_OF_SUBTASKS = new SerializedString("numberOfSubtasks");
  private static final SerializedString NUMBER_OF_ENTITIES_AFFECTED = new SerializedString("numberOfEntitiesAffected");
  private static final SerializedString HREF = new SerializedString("href");
  private static final SerializedString REL = new SerializedString("rel");
  private static final SerializedString NAME = new SerializedString("name");
  private static final SerializedString VALUE = new SerializedString("value");
  private static final SerializedString MESSAGE = new SerializedString("message");
  private static final SerializedString SEVERITY = new SerializedString("severity");
  private static final SerializedString CODE = new SerializedString("code");
  private static final SerializedString LOCALE = new SerializedString("locale");
  private static final SerializedString ERROR_GROUP = new SerializedString("errorGroup");
  private static final SerializedString ARGUMENTS_MAP = new SerializedString("argumentsMap");

  private HandCodec() {}

  // ---------------------------------------------------------------- entry points

  /** Reads a Task document. */
  public static HandTask read(JsonFactory factory, byte[] json) throws IOException {
    try (JsonParser p = factory.createParser(json)) {
      p.nextToken();
      return readTask(p);
    }
  }

  /** Writes a Task document as UTF-8. */
  public static void write(JsonFactory factory, HandTask task, OutputStream out) throws IOException {
    try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
      writeTask(task, g);
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

  // ---------------------------------------------------------------- write

  public static void writeTask(HandTask t, JsonGenerator g) throws IOException {
    g.writeStartObject();
    writeHeader(t.getObjectType(), t.getReserved(), g);
    writeString(EXT_ID, t.getExtId(), g);
    writeString(OPERATION, t.getOperation(), g);
    writeString(OPERATION_DESCRIPTION, t.getOperationDescription(), g);
    if (t.getParentTask() != null) {
      g.writeFieldName(PARENT_TASK);
      writeTaskReference(t.getParentTask(), g);
    }
    writeDateTime(CREATED_TIME, t.getCreatedTime(), g);
    writeDateTime(STARTED_TIME, t.getStartedTime(), g);
    writeDateTime(COMPLETED_TIME, t.getCompletedTime(), g);
    if (t.getStatus() != null) {
      g.writeFieldName(STATUS);
      g.writeString(t.getStatus().name());
    }
    if (t.getProgressPercentage() != null) {
      g.writeFieldName(PROGRESS_PERCENTAGE);
      g.writeNumber(t.getProgressPercentage());
    }
    List<HandEntityReference> entities = t.getEntitiesAffected();
    if (entities != null) {
      g.writeFieldName(ENTITIES_AFFECTED);
      g.writeStartArray();
      for (int i = 0, n = entities.size(); i < n; i++) {
        writeEntityReference(entities.get(i), g);
      }
      g.writeEndArray();
    }
    List<HandTaskReference> subTasks = t.getSubTasks();
    if (subTasks != null) {
      g.writeFieldName(SUB_TASKS);
      g.writeStartArray();
      for (int i = 0, n = subTasks.size(); i < n; i++) {
        writeTaskReference(subTasks.get(i), g);
      }
      g.writeEndArray();
    }
    List<HandTaskStep> subSteps = t.getSubSteps();
    if (subSteps != null) {
      g.writeFieldName(SUB_STEPS);
      g.writeStartArray();
      for (int i = 0, n = subSteps.size(); i < n; i++) {
        writeTaskStep(subSteps.get(i), g);
      }
      g.writeEndArray();
    }
    if (t.getIsCancelable() != null) {
      g.writeFieldName(IS_CANCELABLE);
      g.writeBoolean(t.getIsCancelable());
    }
    if (t.getOwnedBy() != null) {
      g.writeFieldName(OWNED_BY);
      writeOwnerReference(t.getOwnedBy(), g);
    }
    List<HandKVPair> details = t.getCompletionDetails();
    if (details != null) {
      g.writeFieldName(COMPLETION_DETAILS);
      g.writeStartArray();
      for (int i = 0, n = details.size(); i < n; i++) {
        writeKVPair(details.get(i), g);
      }
      g.writeEndArray();
    }
    writeAppMessages(ERROR_MESSAGES, t.getErrorMessages(), g);
    writeString(LEGACY_ERROR_MESSAGE, t.getLegacyErrorMessage(), g);
    writeAppMessages(WARNINGS, t.getWarnings(), g);
    writeDateTime(LAST_UPDATED_TIME, t.getLastUpdatedTime(), g);
    List<String> clusters = t.getClusterExtIds();
    if (clusters != null) {
      g.writeFieldName(CLUSTER_EXT_IDS);
      g.writeStartArray();
      for (int i = 0, n = clusters.size(); i < n; i++) {
        g.writeString(clusters.get(i));
      }
      g.writeEndArray();
    }
    if (t.getRootTask() != null) {
      g.writeFieldName(ROOT_TASK);
      writeTaskReference(t.getRootTask(), g);
    }
    if (t.getIsBackgroundTask() != null) {
      g.writeFieldName(IS_BACKGROUND_TASK);
      g.writeBoolean(t.getIsBackgroundTask());
    }
    if (t.getNumberOfSubtasks() != null) {
      g.writeFieldName(NUMBER_OF_SUBTASKS);
      g.writeNumber(t.getNumberOfSubtasks());
    }
    if (t.getNumberOfEntitiesAffected() != null) {
      g.writeFieldName(NUMBER_OF_ENTITIES_AFFECTED);
      g.writeNumber(t.getNumberOfEntitiesAffected());
    }
    g.writeEndObject();
  }

  public static void writeTaskReference(HandTaskReference r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    writeHeader(r.getObjectType(), r.getReserved(), g);
    writeString(HREF, r.getHref(), g);
    writeString(REL, r.getRel(), g);
    writeString(EXT_ID, r.getExtId(), g);
    g.writeEndObject();
  }

  public static void writeEntityReference(HandEntityReference r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    writeHeader(r.getObjectType(), r.getReserved(), g);
    writeString(EXT_ID, r.getExtId(), g);
    writeString(REL, r.getRel(), g);
    writeString(NAME, r.getName(), g);
    g.writeEndObject();
  }

  public static void writeTaskStep(HandTaskStep s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    writeHeader(s.getObjectType(), s.getReserved(), g);
    writeString(NAME, s.getName(), g);
    g.writeEndObject();
  }

  public static void writeOwnerReference(HandOwnerReference r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    writeHeader(r.getObjectType(), r.getReserved(), g);
    writeString(EXT_ID, r.getExtId(), g);
    writeString(NAME, r.getName(), g);
    g.writeEndObject();
  }

  public static void writeKVPair(HandKVPair kv, JsonGenerator g) throws IOException {
    g.writeStartObject();
    writeHeader(kv.getObjectType(), kv.getReserved(), g);
    writeString(NAME, kv.getName(), g);
    if (kv.getValue() != null) {
      g.writeFieldName(VALUE);
      writeAny(kv.getValue(), g);
    }
    g.writeEndObject();
  }

  public static void writeAppMessage(HandAppMessage m, JsonGenerator g) throws IOException {
    g.writeStartObject();
    writeHeader(m.getObjectType(), m.getReserved(), g);
    writeString(MESSAGE, m.getMessage(), g);
    if (m.getSeverity() != null) {
      g.writeFieldName(SEVERITY);
      g.writeString(m.getSeverity().name());
    }
    writeString(CODE, m.getCode(), g);
    writeString(LOCALE, m.getLocale(), g);
    writeString(ERROR_GROUP, m.getErrorGroup(), g);
    if (m.getArgumentsMap() != null) {
      g.writeFieldName(ARGUMENTS_MAP);
      writeStringMap(m.getArgumentsMap(), g);
    }
    g.writeEndObject();
  }

  private static void writeAppMessages(SerializedString name, List<HandAppMessage> list, JsonGenerator g)
      throws IOException {
    if (list != null) {
      g.writeFieldName(name);
      g.writeStartArray();
      for (int i = 0, n = list.size(); i < n; i++) {
        writeAppMessage(list.get(i), g);
      }
      g.writeEndArray();
    }
  }

  private static void writeHeader(String objectType, Map<String, String> reserved, JsonGenerator g)
      throws IOException {
    writeString(OBJECT_TYPE, objectType, g);
    if (reserved != null) {
      g.writeFieldName(RESERVED);
      writeStringMap(reserved, g);
    }
  }

  private static void writeStringMap(Map<String, String> map, JsonGenerator g) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, String> e : map.entrySet()) {
      g.writeFieldName(e.getKey());
      g.writeString(e.getValue());
    }
    g.writeEndObject();
  }

  private static void writeString(SerializedString name, String value, JsonGenerator g) throws IOException {
    if (value != null) {
      g.writeFieldName(name);
      g.writeString(value);
    }
  }

  private static void writeDateTime(SerializedString name, OffsetDateTime value, JsonGenerator g)
      throws IOException {
    if (value != null) {
      g.writeFieldName(name);
      g.writeString(DATE_TIME.format(value));
    }
  }

  private static void writeAny(Object value, JsonGenerator g) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Integer i) {
      g.writeNumber(i);
    } else if (value instanceof Long l) {
      g.writeNumber(l);
    } else if (value instanceof Double d) {
      g.writeNumber(d);
    } else if (value instanceof BigInteger b) {
      g.writeNumber(b);
    } else if (value instanceof BigDecimal b) {
      g.writeNumber(b);
    } else if (value instanceof List<?> list) {
      g.writeStartArray();
      for (Object item : list) {
        writeAny(item, g);
      }
      g.writeEndArray();
    } else if (value instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        writeAny(e.getValue(), g);
      }
      g.writeEndObject();
    } else {
      g.writeString(value.toString());
    }
  }
}
