package names;

/** A user type named like a class of apimodel's runtime. */
public enum Kinds {
  SMALL,
  LARGE
}
