package io.apimodel.sample.dict;

/** A test enum without {@code @JsonProperty}: its wire strings are its Java names. */
public enum Tone {
  /** Bright. */
  BRIGHT,
  /** Dim. */
  DIM
}
