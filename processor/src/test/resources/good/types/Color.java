package types;

/** A plain enum property type. */
public enum Color {
  RED,
  GREEN
}
