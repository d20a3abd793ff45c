package everykind;

/** An enum whose wire strings are its names, without a fallback: an unknown one is an error. */
public enum Level {
  LOW,
  HIGH
}
