package io.apimodel.runtime.jackson;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.internal.JsonPaths;
import java.io.IOException;
import java.io.CharConversionException;
import java.util.ArrayList;
import java.util.List;

/**
 * The exceptions of the generated streaming codecs: Jackson exceptions whose messages name the path
 * of the offending value ({@code subTasks[2].extId}, map keys as {@code argumentsMap[reason]}) and
 * carry Jackson's location.
 */
public final class JsonErrors {

  /** Marks a parsing context that reads a {@code Map}, whose keys paths show as {@code [key]}. */
  private static final Object MAP_MARKER = new Object();

  private JsonErrors() {}

  /** Marks the object the parser has just entered as a map, so that paths show its keys as {@code [key]}. */
  static void markMap(JsonParser p) {
    p.getParsingContext().setCurrentValue(MAP_MARKER);
  }

  /** The document's violations, as Jackson reports a value it cannot accept. */
  public static JsonMappingException violations(JsonParser p, Class<?> type, ModelValidationException e) {
    return JsonMappingException.from(p, violationsMessage(type, e), e);
  }

  /** The message of a document's violations. */
  static String violationsMessage(Class<?> type, ModelValidationException e) {
    return JsonPaths.violationsMessage(type, e);
  }

  /** The message of a value that does not fit: {@code Invalid JSON at `path`: problem}. */
  static String message(String path, String problem) {
    return JsonPaths.message(path, problem);
  }

  /**
   * A stream limit of Jackson's (nesting depth, number or string length) hit while reading, with
   * the path and location where it happened; the path is cut short when it is very deep.
   */
  public static JsonMappingException limit(JsonParser p, StreamConstraintsException e) {
    JsonMappingException wrapped = MismatchedInputException.from(p, (Class<?>) null,
        message(JsonPaths.shortPath(path(p)), e.getOriginalMessage()));
    wrapped.initCause(e);
    return wrapped;
  }

  /**
   * Bytes that Jackson's decoder could not turn into characters (a truncated UTF-32 character,
   * say), met while reading: the same failure as a Jackson exception with the path and location,
   * as for any other malformed input. The decoder's exception is not kept as the cause, since it
   * is not a Jackson exception; its message is carried over.
   */
  public static JsonParseException undecodable(JsonParser p, CharConversionException e) {
    return new JsonParseException(p, message(JsonPaths.shortPath(path(p)),
        "the input's bytes are not valid in its encoding: " + e.getMessage()));
  }

  /** Input nested deeper than the thread's stack allows (a model that contains itself). */
  public static JsonMappingException tooDeep(JsonParser p) {
    return MismatchedInputException.from(p, (Class<?>) null, message(JsonPaths.shortPath(path(p)), "nested too deeply to read"));
  }

  /** {@code subTasks[2].extId} for where the parser is. */
  static String path(JsonParser p) {
    JsonStreamContext context = p.getParsingContext();
    JsonToken t = p.currentToken();
    if ((t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) && context.getParent() != null) {
      context = context.getParent(); // the value is the array or object that has just started
    }
    return path(context);
  }

  /**
   * The path of the value that starts at the parser's current token, or of the object it is in
   * when that object has been entered already (the parser on its first member name or its end).
   */
  static String valuePath(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT) {
      JsonStreamContext parent = p.getParsingContext().getParent();
      return parent == null ? "" : path(parent);
    }
    return path(p);
  }

  /**
   * The path of the object whose end the parser is on: jackson-core has left that object's
   * context already, so the current context names it (by member name or array index).
   */
  static String endedObjectPath(JsonParser p) {
    return path(p.getParsingContext());
  }

  /** {@code prefix.path} or {@code prefix[0]}: a path inside the value at {@code prefix}. */
  static String join(String prefix, String path) {
    return JsonPaths.join(prefix, path);
  }

  /** A value that does not fit, reported at a path the caller knows. */
  static JsonMappingException invalidAt(JsonParser p, String path, String problem) {
    return invalid(p, problem, path);
  }

  private static String path(JsonStreamContext context) {
    List<JsonStreamContext> chain = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.add(0, c);
    }
    StringBuilder out = new StringBuilder();
    for (JsonStreamContext c : chain) {
      if (c.inArray()) {
        out.append('[').append(Math.max(c.getCurrentIndex(), 0)).append(']');
      } else if (c.getCurrentName() != null && c.getCurrentValue() == MAP_MARKER) {
        out.append('[').append(c.getCurrentName()).append(']');
      } else if (c.getCurrentName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(c.getCurrentName());
      }
    }
    return out.toString();
  }

  /** A value that does not fit, reported with its path. */
  public static JsonMappingException invalid(JsonParser p, String problem) {
    return invalid(p, problem, path(p));
  }

  private static JsonMappingException invalid(JsonParser p, String problem, String path) {
    return MismatchedInputException.from(p, (Class<?>) null, message(path, problem));
  }
}
