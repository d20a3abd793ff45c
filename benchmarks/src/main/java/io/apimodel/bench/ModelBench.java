package io.apimodel.bench;

import io.apimodel.bench.baseline.HandCodec;
import io.apimodel.bench.baseline.HandTask;
import io.apimodel.runtime.Violation;
import io.apimodel.sample.prism.v4.config.Task;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The large Task in memory: {@code build()} of a valid Task against a hand-written constructor with
 * the same checks (both get the same, already built nested objects), {@code toDict()},
 * {@code toStr()}, and (for diagnosis) {@code validate()}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ModelBench {

  private Task t;
  private HandTask h;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    byte[] json = Fixtures.payload("large");
    t = Fixtures.mapper().readValue(json, Task.class);
    h = HandCodec.read(Fixtures.mapper().getFactory(), json);
    if (!t.equals(build_generated())) {
      throw new IllegalStateException("build_generated does not rebuild the large Task");
    }
    build_hand();
  }

  /** What a caller writes: builder(), every property of the large Task, build(). */
  @Benchmark
  public Task build_generated() {
    return Task.builder()
        .extId(t.extId())
        .operation(t.operation())
        .operationDescription(t.operationDescription())
        .parentTask(t.parentTask())
        .createdTime(t.createdTime())
        .startedTime(t.startedTime())
        .completedTime(t.completedTime())
        .status(t.status())
        .progressPercentage(t.progressPercentage())
        .entitiesAffected(t.entitiesAffected())
        .subTasks(t.subTasks())
        .subSteps(t.subSteps())
        .isCancelable(t.isCancelable())
        .ownedBy(t.ownedBy())
        .completionDetails(t.completionDetails())
        .errorMessages(t.errorMessages())
        .legacyErrorMessage(t.legacyErrorMessage())
        .warnings(t.warnings())
        .lastUpdatedTime(t.lastUpdatedTime())
        .clusterExtIds(t.clusterExtIds())
        .rootTask(t.rootTask())
        .isBackgroundTask(t.isBackgroundTask())
        .numberOfSubtasks(t.numberOfSubtasks())
        .numberOfEntitiesAffected(t.numberOfEntitiesAffected())
        .build();
  }

  /** The hand-written constructor: same values, same checks. */
  @Benchmark
  public HandTask build_hand() {
    return new HandTask(
        h.getObjectType(),
        h.getReserved(),
        h.getExtId(),
        h.getOperation(),
        h.getOperationDescription(),
        h.getParentTask(),
        h.getCreatedTime(),
        h.getStartedTime(),
        h.getCompletedTime(),
        h.getStatus(),
        h.getProgressPercentage(),
        h.getEntitiesAffected(),
        h.getSubTasks(),
        h.getSubSteps(),
        h.getIsCancelable(),
        h.getOwnedBy(),
        h.getCompletionDetails(),
        h.getErrorMessages(),
        h.getLegacyErrorMessage(),
        h.getWarnings(),
        h.getLastUpdatedTime(),
        h.getClusterExtIds(),
        h.getRootTask(),
        h.getIsBackgroundTask(),
        h.getNumberOfSubtasks(),
        h.getNumberOfEntitiesAffected());
  }

  @Benchmark
  public Map<String, Object> toDict_generated() {
    return t.toDict();
  }

  @Benchmark
  public String toStr_generated() {
    return t.toStr();
  }

  @Benchmark
  public List<Violation> validate_generated() {
    return t.validate();
  }
}
