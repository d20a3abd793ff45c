package io.apimodel.sample;

import static io.apimodel.sample.Samples.OTHER_TASK_EXT_ID;
import static io.apimodel.sample.Samples.TASK_EXT_ID;
import static io.apimodel.sample.Samples.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.apimodel.runtime.ModelValidationException;
import io.apimodel.sample.common.v1.config.KVPair;
import io.apimodel.sample.common.v1.config.MapOfStringWrapper;
import io.apimodel.sample.prism.v4.config.Task;
import io.apimodel.sample.prism.v4.error.AppMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SPEC §3 {@code toBuilder()}: a builder holding everything, unknown fields included. */
class ToBuilderTest {

  @Test
  void toBuilderCopiesEveryProperty() {
    Task original = Samples.fullTaskBuilder().build();

    Task copy = original.toBuilder().build();

    assertNotSame(original, copy);
    assertEquals(original, copy);
    assertEquals(original.subSteps(), copy.subSteps());
    assertEquals(original.reserved(), copy.reserved());
    assertEquals(original.ownedBy(), copy.ownedBy());
  }

  @Test
  void toBuilderCopiesUnknownFields() {
    Task original = Task.builder().extId(TASK_EXT_ID).putUnknownField("newField", "v").build();
    original.putUnknownField("other", List.of(1, 2));

    Task copy = original.toBuilder().build();

    assertEquals(Map.of("newField", "v", "other", List.of(1, 2)), copy.unknownFields());
    assertEquals(List.of("newField", "other"), List.copyOf(copy.unknownFields().keySet()));
  }

  @Test
  void toBuilderKeepsNonDefaultObjectTypeAndReserved() {
    Task original = new Task();
    original.setObjectType("prism.v4.config.TaskV2");
    original.setReserved(Map.of("$fv", "v4.r2"));

    Task copy = original.toBuilder().build();

    assertEquals("prism.v4.config.TaskV2", copy.objectType());
    assertEquals(Map.of("$fv", "v4.r2"), copy.reserved());
  }

  @Test
  void changingTheBuilderDoesNotChangeTheOriginal() {
    Task original = Samples.fullTaskBuilder().build();
    Task snapshot = Samples.fullTaskBuilder().build();

    Task changed =
        original
            .toBuilder()
            .extId(OTHER_TASK_EXT_ID)
            .progressPercentage(5)
            .addSubSteps(step("extra"))
            .addClusterExtIds("cluster-z")
            .putReserved("x", "y")
            .putUnknownField("added", true)
            .build();

    assertEquals(snapshot, original);
    assertEquals(TASK_EXT_ID, original.extId());
    assertEquals(2, original.subSteps().size());
    assertEquals(List.of("cluster-a", "cluster-b"), original.clusterExtIds());
    assertEquals(Map.of(), original.unknownFields());
    assertEquals(3, changed.subSteps().size());
    assertEquals(List.of("cluster-a", "cluster-b", "cluster-z"), changed.clusterExtIds());
    assertNotEquals(original, changed);
  }

  @Test
  void toBuilderOfAMapPropertyCanBeExtendedWithoutChangingTheOriginal() {
    AppMessage original = AppMessage.builder().putArgumentsMap("vm", "vm-1").build();

    AppMessage changed = original.toBuilder().putArgumentsMap("host", "h-1").build();

    assertEquals(Map.of("vm", "vm-1"), original.argumentsMap());
    assertEquals(Map.of("vm", "vm-1", "host", "h-1"), changed.argumentsMap());
  }

  @Test
  void toBuilderWorksForEveryModel() {
    KVPair pair = KVPair.builder().name("abc").value(Map.of("a", 1)).build();
    MapOfStringWrapper wrapper = MapOfStringWrapper.builder().putMap("k", "v").build();
    AppMessage message = Samples.message("C-1");

    assertEquals(pair, pair.toBuilder().build());
    assertEquals(wrapper, wrapper.toBuilder().build());
    assertEquals(message, message.toBuilder().build());
    assertEquals(Samples.entity("e"), Samples.entity("e").toBuilder().build());
    assertEquals(Samples.owner("o"), Samples.owner("o").toBuilder().build());
    assertEquals(step("s"), step("s").toBuilder().build());
    assertEquals(Samples.taskRef("t"), Samples.taskRef("t").toBuilder().build());
  }

  @Test
  void toBuilderBuildStillValidates() {
    Task original = Samples.fullTaskBuilder().build();

    ModelValidationException e =
        assertThrows(
            ModelValidationException.class,
            () -> original.toBuilder().progressPercentage(101).build());

    assertEquals(
        "Invalid value for `progressPercentage`, must be a value less than or equal to `100`",
        e.getMessage());
    assertEquals(100, original.progressPercentage());
  }
}
