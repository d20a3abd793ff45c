package io.apimodel.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link FrozenDefault#matches} answers what {@code frozen.equals(value)} answers. */
class FrozenDefaultTest {

  private static final List<String> WORDS = Arrays.asList("$fv", "v4.r0", "v4.r1", "a", "", null);

  private static String word(SplittableRandom random) {
    return WORDS.get(random.nextInt(WORDS.size()));
  }

  private static Map<String, String> map(SplittableRandom random) {
    Map<String, String> map = random.nextBoolean() ? new LinkedHashMap<>() : new HashMap<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      String key = word(random);
      map.put(key == null ? "k" : key, word(random));
    }
    return map;
  }

  private static List<String> list(SplittableRandom random) {
    List<String> list = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      list.add(word(random));
    }
    return list;
  }

  @Test
  void mapsAndListsMatchExactlyWhenEqual() {
    SplittableRandom random = new SplittableRandom(15);
    int equal = 0;
    for (int n = 0; n < 20_000; n++) {
      Object frozen;
      Object value;
      if (random.nextBoolean()) {
        Map<String, String> source = map(random);
        frozen = Values.frozenMap(source);
        value = random.nextInt(3) == 0 ? new LinkedHashMap<>(source) : random.nextInt(5) == 0 ? list(random) : map(random);
      } else {
        List<String> source = list(random);
        frozen = Values.frozenList(source);
        value = random.nextInt(3) == 0 ? new ArrayList<>(source) : random.nextInt(5) == 0 ? map(random) : list(random);
      }
      boolean expected = frozen.equals(value);
      equal += expected ? 1 : 0;
      assertEquals(expected, new FrozenDefault(frozen).matches(value), () -> frozen + " vs " + value);
    }
    assertTrue(equal > 5_000, "too few equal pairs to tell: " + equal);
  }

  @Test
  void immutableMapsOfTheJdkAndOtherValues() {
    FrozenDefault reserved = new FrozenDefault(Values.frozenMap(Map.of("$fv", "v4.r0")));
    assertTrue(reserved.matches(Map.of("$fv", "v4.r0")));
    assertFalse(reserved.matches(Map.of("$fv", "v4.r1")));
    assertFalse(reserved.matches(Map.of("$fv", "v4.r0", "x", "y")));
    assertFalse(reserved.matches(null));
    assertTrue(new FrozenDefault("text").matches("text"));
    assertFalse(new FrozenDefault("text").matches("other"));
    assertTrue(new FrozenDefault(null).matches(null));
    assertFalse(new FrozenDefault(null).matches("text"));
  }
}
