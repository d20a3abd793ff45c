package lint;

import com.fasterxml.jackson.annotation.JsonCreator;

/** A class the user wrote, with a Jackson annotation that apimodel must leave to other processors. */
public final class HandWritten {
  private final String name;

  @JsonCreator
  public HandWritten(String name) {
    this.name = name;
  }

  public String name() {
    return name;
  }
}
