package io.apimodel.sample.graphs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.Violation;
import io.apimodel.sample.common.v1.config.KVPair;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A generated model held by an {@code Object} property is a nested model: validate() and build()
 * check it, with paths through the lists and maps around it; the setter checks only that the value
 * has a JSON form, as setters do not check nested models.
 */
class ModelsInObjectValuesTest {

  @Test
  void aModelInsideAnObjectValueIsValidated() {
    Node unnamed = new Node(); // @Required name missing
    KVPair pair = KVPair.builder().name("nodes").build();
    pair.setValue(List.of("fine", Map.of("n", unnamed)));
    List<Violation> violations = pair.validate();
    assertEquals(List.of("value[1][n].name"), violations.stream().map(Violation::path).toList());
    assertEquals("Invalid value for `value[1][n].name`, must not be null", violations.get(0).message());

    ModelValidationException e = assertThrows(ModelValidationException.class, () -> pair.toBuilder().build());
    assertEquals("Invalid value for `value[1][n].name`, must not be null", e.getMessage());
  }

  @Test
  void aModelDirectlyInAnObjectValue() {
    KVPair pair = KVPair.builder().name("node").build();
    pair.setValue(new Node());
    assertEquals(List.of("value.name"), pair.validate().stream().map(Violation::path).toList());
  }

  /** toDict() turns the model into its dict, so toStr() prints it as pprint prints the nested dict. */
  @Test
  void aModelInsideAnObjectValueIsADictInToDictAndToStr() {
    Node leaf = new Node();
    leaf.setName("leaf");
    KVPair pair = KVPair.builder().name("node").value(leaf).build();
    assertEquals(leaf.toDict(), pair.toDict().get("value"));
    assertEquals("{'_object_type': 'common.v1.config.KVPair',\n"
        + " '_reserved': {'$fv': 'v1.r0'},\n"
        + " 'name': 'node',\n"
        + " 'value': {'children': None, 'name': 'leaf', 'parent': None}}", pair.toStr());
  }

  @Test
  void aCycleThroughAnObjectValue() {
    KVPair outer = KVPair.builder().name("outer").build();
    KVPair inner = KVPair.builder().name("inner").build();
    outer.setValue(inner);
    inner.setValue(List.of(outer));
    assertEquals(List.of("value.value[0]"), outer.validate().stream().map(Violation::path).toList());
    outer.hashCode();
    assertEquals(outer, outer);
  }
}
