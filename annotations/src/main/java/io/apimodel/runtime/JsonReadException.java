package io.apimodel.runtime;

/**
 * A JSON value that does not fit its property: a wrong JSON type, a number out of range, a string
 * that is not a date-time or an enum constant. The message names the path
 * ({@code subTasks[2].extId}).
 */
public class JsonReadException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String path;

  public JsonReadException(String path, String problem) {
    super("Invalid JSON at `" + path + "`: " + problem);
    this.path = path;
  }

  /** Where the value is, in JSON names ({@code subTasks[2].extId}). */
  public String path() {
    return path;
  }
}
