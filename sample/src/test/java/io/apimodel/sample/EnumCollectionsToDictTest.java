package io.apimodel.sample;

import static io.apimodel.sample.ToDictTest.asList;
import static io.apimodel.sample.ToDictTest.asMap;
import static io.apimodel.sample.ToStrValues.typed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.apimodel.sample.dict.Shade;
import io.apimodel.sample.dict.ShadeCollections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SPEC §2 allows {@code List<T>} and {@code Map<String, T>} of any supported {@code T}, enums
 * included, and §4 makes every enum its wire string in {@code toDict()}: also inside lists and maps.
 */
class EnumCollectionsToDictTest {

  @Test
  void wireStringsInsideListsAndMaps() {
    Map<String, Object> dict = ShadeCollections.builder()
        .shade(Shade.DARK_BLUE)
        .shades(List.of(Shade.DARK_BLUE, Shade.LIGHT_GREEN, Shade.RED, Shade.UNKNOWN))
        .shadeByName(typed("sky", Shade.DARK_BLUE, "grass", Shade.LIGHT_GREEN))
        .shadeMaps(List.of(typed("a", Shade.LIGHT_GREEN)))
        .build().toDict();
    assertEquals("dark-blue", dict.get("shade"));
    assertEquals(List.of("dark-blue", "light.green", "RED", "$UNKNOWN"), dict.get("shades"));
    assertEquals(Map.of("sky", "dark-blue", "grass", "light.green"), dict.get("shadeByName"));
    assertEquals(List.of(Map.of("a", "light.green")), dict.get("shadeMaps"));
    assertInstanceOf(String.class, asList(dict.get("shades")).get(0));
    assertInstanceOf(String.class, asMap(dict.get("shadeByName")).get("sky"));
  }
}
