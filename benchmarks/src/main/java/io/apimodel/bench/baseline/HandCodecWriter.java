package io.apimodel.bench.baseline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The write side of the hand-written codec {@link HandCodec}: pre-encoded names, explicit loops,
 * date-times with {@link OffsetDateTime#toString()}, in two flavours that differ only in the
 * {@code $objectType} and {@code $reserved} members every object carries:
 *
 * <ul>
 *   <li>{@link #REFERENCE}: a value equal to the class's default is written from a pre-encoded
 *       copy, as the names are (the generated writer, too, copies such a repeated default from
 *       its kept JSON text);
 *   <li>{@link #SHARED_STYLE}: every value is encoded as it is written, the way the shared bench's
 *       streaming codec ({@code ../shared/bench}) writes all of its strings and maps.
 * </ul>
 */
final class HandCodecWriter {

  /** The reference's writer. */
  static final HandCodecWriter REFERENCE = new HandCodecWriter(true);

  /** The shared bench's streaming style, kept to show the reference is at least as fast. */
  static final HandCodecWriter SHARED_STYLE = new HandCodecWriter(false);

  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  /** A class's default {@code $objectType} and {@code $reserved}, pre-encoded. */
  private record Header(SerializedString objectType, Map<String, String> reserved,
      SerializedString version) {}

  private static final SerializedString FV = new SerializedString("$fv");
  private static final SerializedString V4_R0 = new SerializedString("v4.r0");
  private static final Header TASK = prismV4("prism.v4.config.Task");
  private static final Header TASK_REFERENCE = prismV4("prism.v4.config.TaskReferenceInternal");
  private static final Header ENTITY_REFERENCE = prismV4("prism.v4.config.EntityReference");
  private static final Header TASK_STEP = prismV4("prism.v4.config.TaskStep");
  private static final Header OWNER_REFERENCE = prismV4("prism.v4.config.OwnerReference");
  private static final Header APP_MESSAGE = prismV4("prism.v4.error.AppMessage");
  private static final Header KV_PAIR = new Header(new SerializedString("common.v1.config.KVPair"),
      HandKVPair.RESERVED, new SerializedString("v1.r0"));

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

  private final boolean preEncodedDefaults;

  private HandCodecWriter(boolean preEncodedDefaults) {
    this.preEncodedDefaults = preEncodedDefaults;
  }

  private static Header prismV4(String objectType) {
    return new Header(new SerializedString(objectType), HandTaskReference.RESERVED, V4_R0);
  }

  void writeTask(HandTask t, JsonGenerator g) throws IOException {
    g.writeStartObject();
    writeHeader(t.getObjectType(), t.getReserved(), TASK, g);
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

  private void writeTaskReference(HandTaskReference r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    writeHeader(r.getObjectType(), r.getReserved(), TASK_REFERENCE, g);
    writeString(HREF, r.getHref(), g);
    writeString(REL, r.getRel(), g);
    writeString(EXT_ID, r.getExtId(), g);
    g.writeEndObject();
  }

  private void writeEntityReference(HandEntityReference r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    writeHeader(r.getObjectType(), r.getReserved(), ENTITY_REFERENCE, g);
    writeString(EXT_ID, r.getExtId(), g);
    writeString(REL, r.getRel(), g);
    writeString(NAME, r.getName(), g);
    g.writeEndObject();
  }

  private void writeTaskStep(HandTaskStep s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    writeHeader(s.getObjectType(), s.getReserved(), TASK_STEP, g);
    writeString(NAME, s.getName(), g);
    g.writeEndObject();
  }

  private void writeOwnerReference(HandOwnerReference r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    writeHeader(r.getObjectType(), r.getReserved(), OWNER_REFERENCE, g);
    writeString(EXT_ID, r.getExtId(), g);
    writeString(NAME, r.getName(), g);
    g.writeEndObject();
  }

  private void writeKVPair(HandKVPair kv, JsonGenerator g) throws IOException {
    g.writeStartObject();
    writeHeader(kv.getObjectType(), kv.getReserved(), KV_PAIR, g);
    writeString(NAME, kv.getName(), g);
    if (kv.getValue() != null) {
      g.writeFieldName(VALUE);
      writeAny(kv.getValue(), g);
    }
    g.writeEndObject();
  }

  private void writeAppMessage(HandAppMessage m, JsonGenerator g) throws IOException {
    g.writeStartObject();
    writeHeader(m.getObjectType(), m.getReserved(), APP_MESSAGE, g);
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

  private void writeAppMessages(SerializedString name, List<HandAppMessage> list, JsonGenerator g)
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

  private void writeHeader(String objectType, Map<String, String> reserved, Header defaults,
      JsonGenerator g) throws IOException {
    if (objectType != null) {
      g.writeFieldName(OBJECT_TYPE);
      if (preEncodedDefaults && objectType.equals(defaults.objectType().getValue())) {
        g.writeString(defaults.objectType());
      } else {
        g.writeString(objectType);
      }
    }
    if (reserved != null) {
      g.writeFieldName(RESERVED);
      // The default is one shared map: a read that does not set $reserved keeps that instance.
      if (preEncodedDefaults && reserved == defaults.reserved()) {
        g.writeStartObject();
        g.writeFieldName(FV);
        g.writeString(defaults.version());
        g.writeEndObject();
      } else {
        writeStringMap(reserved, g);
      }
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
      g.writeString(rfc3339(value));
    }
  }

  /**
   * {@link OffsetDateTime#toString()}, much cheaper than a formatter, is RFC 3339 except that it
   * leaves out zero seconds ({@code 10:42Z}); those go through {@code ISO_OFFSET_DATE_TIME}.
   */
  private static String rfc3339(OffsetDateTime value) {
    return value.getSecond() == 0 && value.getNano() == 0
        ? DATE_TIME.format(value)
        : value.toString();
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
