package io.apimodel.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import io.apimodel.JsonNames;
import io.apimodel.processor.read.JsonNameStyle;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The processor computes JSON names at compile time without jackson-databind; here they are
 * compared with what Jackson's own strategies give, name by name, for every style.
 */
class JsonNameStyleTest {

  private static final List<String> NAMES = List.of(
      "extId", "vmUUID", "ipv4Address", "URL", "url", "a", "A", "aB", "HTTPServerURL", "httpServer", "x1Y2z",
      "isCancelable", "_private", "ext_id", "__x", "a_B", "objectType", "numberOfSubtasks", "ABc", "abcDEF", "aBC",
      "$ref", "über", "ÜberX", "sizeGB", "IPAddressOrFQDN", "fqdn", "kvPair2", "v4R0", "x_", "_", "getURLs",
      "a1B2C3", "tcpIPv6Port", "ΑβΓ");

  private static final Map<JsonNames, PropertyNamingStrategies.NamingBase> JACKSON = Map.of(
      JsonNames.PROPERTY_NAMES, (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.LOWER_CAMEL_CASE,
      JsonNames.SNAKE_CASE, (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE,
      JsonNames.UPPER_SNAKE_CASE, (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.UPPER_SNAKE_CASE,
      JsonNames.UPPER_CAMEL_CASE, (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.UPPER_CAMEL_CASE,
      JsonNames.LOWER_CASE, (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.LOWER_CASE,
      JsonNames.KEBAB_CASE, (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.KEBAB_CASE,
      JsonNames.LOWER_DOT_CASE, (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.LOWER_DOT_CASE);

  @Test
  void everyStyleNamesLikeJacksonsStrategy() {
    assertEquals(JsonNames.values().length, JACKSON.size());
    for (var e : JACKSON.entrySet()) {
      for (String name : NAMES) {
        assertEquals(e.getValue().translate(name), JsonNameStyle.jsonName(e.getKey(), name), e.getKey() + " of \"" + name + "\"");
      }
    }
  }

  /** @JsonNaming names a class: each standard one maps to the style of its rules; no other class does. */
  @Test
  void jacksonStrategyClassesMapToTheirStyles() {
    List<Class<?>> classes = List.of(
        PropertyNamingStrategies.SnakeCaseStrategy.class, PropertyNamingStrategies.UpperSnakeCaseStrategy.class,
        PropertyNamingStrategies.UpperCamelCaseStrategy.class, PropertyNamingStrategies.LowerCamelCaseStrategy.class,
        PropertyNamingStrategies.LowerCaseStrategy.class, PropertyNamingStrategies.KebabCaseStrategy.class,
        PropertyNamingStrategies.LowerDotCaseStrategy.class);
    for (Class<?> type : classes) {
      JsonNames style = JsonNameStyle.ofJacksonStrategy(type.getName());
      PropertyNamingStrategy jackson;
      try {
        jackson = (PropertyNamingStrategy) type.getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
      for (String name : NAMES) {
        assertEquals(jackson.nameForGetterMethod(null, null, name), JsonNameStyle.jsonName(style, name), type.getName() + " of \"" + name + "\"");
      }
    }
    assertNull(JsonNameStyle.ofJacksonStrategy("com.example.MyStrategy"));
  }
}
