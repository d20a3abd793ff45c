package io.apimodel.runtime.internal;

/**
 * Which Jackson the generated {@code fromJson}/{@code toJson} of a class compiled with both use:
 * Jackson 2's codec when jackson-databind 2 is on the class path at run time, as before Jackson 3;
 * else Jackson 3's, so that an application with Jackson 3 only (Spring Boot 4) can call them too.
 */
public final class JacksonLines {

  /** Whether Jackson 2's databind (and so apimodel's Jackson 2 codec) can be loaded. */
  public static final boolean JACKSON2 = loadable("com.fasterxml.jackson.databind.deser.std.StdDeserializer")
      && loadable("com.fasterxml.jackson.core.JsonParser");

  private JacksonLines() {}

  private static boolean loadable(String name) {
    try {
      Class.forName(name, false, JacksonLines.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
