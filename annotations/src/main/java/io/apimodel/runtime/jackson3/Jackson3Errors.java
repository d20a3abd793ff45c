package io.apimodel.runtime.jackson3;

import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.internal.JsonPaths;
import java.io.CharConversionException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The exceptions of the generated codecs under Jackson 3: Jackson 3 exceptions whose messages are
 * the same as under Jackson 2 ({@code Invalid JSON at `subTasks[2].extId`: problem}, map keys as
 * {@code argumentsMap[reason]}) and carry Jackson's location.
 */
public final class Jackson3Errors {

  /** Marks a parsing context that reads a {@code Map}, whose keys paths show as {@code [key]}. */
  private static final Object MAP_MARKER = new Object();

  private Jackson3Errors() {}

  /** Marks the object the parser has just entered as a map, so that paths show its keys as {@code [key]}. */
  static void markMap(JsonParser p) {
    p.streamReadContext().assignCurrentValue(MAP_MARKER);
  }

  /** The document's violations, with the {@link ModelValidationException} as the direct cause. */
  public static DatabindException violations(JsonParser p, Class<?> type, ModelValidationException e) {
    return DatabindException.from(p, JsonPaths.violationsMessage(type, e), e);
  }

  /** A value that does not fit, reported with its path. */
  public static MismatchedInputException invalid(JsonParser p, String problem) {
    return invalidAt(p, path(p), problem);
  }

  /** A value that does not fit, reported at a path the caller knows. */
  static MismatchedInputException invalidAt(JsonParser p, String path, String problem) {
    return MismatchedInputException.from(p, (Class<?>) null, JsonPaths.message(path, problem));
  }

  /** A stream limit of Jackson's (nesting, number or string length) hit while reading, with the path. */
  public static MismatchedInputException limit(JsonParser p, StreamConstraintsException e) {
    MismatchedInputException wrapped = invalidAt(p, JsonPaths.shortPath(path(p)), e.getOriginalMessage());
    wrapped.initCause(e);
    return wrapped;
  }

  /** Bytes that Jackson's decoder could not turn into characters, as a read failure with the path. */
  public static StreamReadException undecodable(JsonParser p, CharConversionException e) {
    return new StreamReadException(p, JsonPaths.message(JsonPaths.shortPath(path(p)),
        "the input's bytes are not valid in its encoding: " + e.getMessage()));
  }

  /** Input nested deeper than the thread's stack allows (a model that contains itself). */
  public static MismatchedInputException tooDeep(JsonParser p) {
    return invalidAt(p, JsonPaths.shortPath(path(p)), "nested too deeply to read");
  }

  /** {@code subTasks[2].extId} for where the parser is. */
  static String path(JsonParser p) {
    TokenStreamContext context = p.streamReadContext();
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
    if (t == JsonToken.PROPERTY_NAME || t == JsonToken.END_OBJECT) {
      TokenStreamContext parent = p.streamReadContext().getParent();
      return parent == null ? "" : path(parent);
    }
    return path(p);
  }

  /** The path of the object whose end the parser is on: its context names it already. */
  static String endedObjectPath(JsonParser p) {
    return path(p.streamReadContext());
  }

  private static String path(TokenStreamContext context) {
    List<TokenStreamContext> chain = new ArrayList<>();
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.add(0, c);
    }
    StringBuilder out = new StringBuilder();
    for (TokenStreamContext c : chain) {
      if (c.inArray()) {
        out.append('[').append(Math.max(c.getCurrentIndex(), 0)).append(']');
      } else if (c.currentName() != null && c.currentValue() == MAP_MARKER) {
        out.append('[').append(c.currentName()).append(']');
      } else if (c.currentName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(c.currentName());
      }
    }
    return out.toString();
  }
}
