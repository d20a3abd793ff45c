package io.apimodel.processor.read;

import io.apimodel.JsonNames;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON naming styles of {@link JsonNames}, with the rules of the Jackson strategies
 * of the same names, so that a model read with {@code @JsonNaming(SnakeCaseStrategy.class)} has the
 * JSON names Jackson would give it. The processor computes them at compile time, with no
 * jackson-databind on its path; a test compares every style with Jackson's on many names.
 */
public final class JsonNameStyle {

  private JsonNameStyle() {}

  /**
   * Jackson's strategy classes that {@code @JsonNaming} may name, by binary name (those of
   * {@code PropertyNamingStrategies}, Jackson 2.12 and later).
   */
  private static final Map<String, JsonNames> JACKSON =
      Map.ofEntries(
          Map.entry("com.fasterxml.jackson.databind.PropertyNamingStrategies$SnakeCaseStrategy", JsonNames.SNAKE_CASE),
          Map.entry("com.fasterxml.jackson.databind.PropertyNamingStrategies$UpperSnakeCaseStrategy", JsonNames.UPPER_SNAKE_CASE),
          Map.entry("com.fasterxml.jackson.databind.PropertyNamingStrategies$UpperCamelCaseStrategy", JsonNames.UPPER_CAMEL_CASE),
          Map.entry("com.fasterxml.jackson.databind.PropertyNamingStrategies$LowerCamelCaseStrategy", JsonNames.PROPERTY_NAMES),
          Map.entry("com.fasterxml.jackson.databind.PropertyNamingStrategies$LowerCaseStrategy", JsonNames.LOWER_CASE),
          Map.entry("com.fasterxml.jackson.databind.PropertyNamingStrategies$KebabCaseStrategy", JsonNames.KEBAB_CASE),
          Map.entry("com.fasterxml.jackson.databind.PropertyNamingStrategies$LowerDotCaseStrategy", JsonNames.LOWER_DOT_CASE));

  /** The style of a Jackson strategy class (binary name), or null for any other class. */
  public static JsonNames ofJacksonStrategy(String binaryName) {
    return JACKSON.get(binaryName);
  }

  /** The JSON name of a property named {@code name} in that style. */
  public static String jsonName(JsonNames style, String name) {
    if (name.isEmpty()) {
      return name;
    }
    return switch (style) {
      case PROPERTY_NAMES -> name;
      case SNAKE_CASE -> snakeCase(name);
      case UPPER_SNAKE_CASE -> snakeCase(name).toUpperCase(Locale.ROOT);
      case UPPER_CAMEL_CASE -> Character.toUpperCase(name.charAt(0)) + name.substring(1);
      case LOWER_CASE -> name.toLowerCase(Locale.ROOT);
      case KEBAB_CASE -> wordsJoinedBy(name, '-');
      case LOWER_DOT_CASE -> wordsJoinedBy(name, '.');
    };
  }

  /**
   * Jackson's snake case: an underscore before an upper-case letter that follows a character that
   * was not upper case (so a run of capitals is one word, {@code vmUUID} is {@code vm_uuid}), none
   * after an underscore already there, and a leading underscore dropped.
   */
  private static String snakeCase(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    boolean previousUpper = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (i == 0 && c == '_') {
        continue;
      }
      if (Character.isUpperCase(c)) {
        if (!previousUpper && out.length() > 0 && out.charAt(out.length() - 1) != '_') {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
        previousUpper = true;
      } else {
        out.append(c);
        previousUpper = false;
      }
    }
    return out.length() > 0 ? out.toString() : name;
  }

  /**
   * Jackson's kebab and dot case: lower case with a separator before each word, where a word
   * starts at an upper-case letter after a lower-case one, and a run of capitals followed by a
   * lower-case letter ends before its last capital ({@code HTTPServer} is {@code http-server}).
   */
  private static String wordsJoinedBy(String name, char separator) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    int capitals = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      char lower = Character.toLowerCase(c);
      if (lower == c) {
        if (capitals > 1) {
          out.insert(out.length() - 1, separator);
        }
        capitals = 0;
      } else {
        if (capitals == 0 && i > 0) {
          out.append(separator);
        }
        capitals++;
      }
      out.append(lower);
    }
    return out.toString();
  }
}
