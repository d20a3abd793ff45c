package io.apimodel.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.apimodel.processor.Models.build;
import static io.apimodel.processor.Models.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import io.apimodel.runtime.ApiObject;
import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.Violation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model of every kind (golden/Gadget.java) compiled with jackson-annotations only and with
 * jackson-databind: both classes build, check, convert and round-trip the same values to the same
 * JSON and the same {@code toStr()}.
 */
class EveryKindTest {

  private static final String[] SOURCES = {
    "good/everykind/GadgetModel.java", "good/everykind/PartModel.java", "good/everykind/Mode.java",
    "good/everykind/Level.java"
  };

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path temp;

  private record Result(String json, String str, Object gadget, Class<?> type) {}

  private Result exercise(boolean databind) throws Exception {
    Compilation compilation = databind ? Models.compileWithDatabind(SOURCES) : Models.compile(SOURCES);
    assertThat(compilation).succeededWithoutWarnings();
    ClassLoader loader = Models.load(compilation, Files.createDirectories(temp.resolve(databind ? "codec" : "annotations")));
    Class<?> gadget = Models.loadClass(loader, "everykind.Gadget");
    Class<?> partType = Models.loadClass(loader, "everykind.Part");
    Class<? extends Enum> mode = Models.loadClass(loader, "everykind.Mode").asSubclass(Enum.class);
    Class<? extends Enum> level = Models.loadClass(loader, "everykind.Level").asSubclass(Enum.class);
    Object part = build(partType, "label", "p");
    @SuppressWarnings("unchecked")
    Object on = Enum.valueOf(mode, "ON");
    @SuppressWarnings("unchecked")
    Object high = Enum.valueOf(level, "HIGH");
    Map<String, Object> any = new LinkedHashMap<>();
    any.put("n", Arrays.asList(1, 2.5, null, "x", Map.of("deep", true)));
    Object built = build(gadget, "extId", "gadget-1", "name", "G", "enabled", true, "cores", 4, "bytes", 1L << 40,
        "load", 0.75, "shared", false, "percent", 50, "total", 7L, "ratio", 1e-5,
        "price", new BigDecimal("0.12345678901234567890123"), "serial", new BigInteger("123456789012345678901234567890"),
        "uuid", UUID.fromString("148ee646-25d0-46f6-9977-61ad02acc5e1"),
        "createdAt", OffsetDateTime.of(2024, 6, 7, 11, 11, 34, 839373000, ZoneOffset.ofHours(5)),
        "since", LocalDate.of(2024, 6, 7), "mode", on, "level", high, "main", part, "tags", List.of("a", "b"),
        "modes", List.of(on), "parts", List.of(part, part), "counts", Map.of("c", 3), "modeByName", Map.of("m", on),
        "partByName", Map.of("p", part), "matrix", List.of(List.of("x"), List.of()),
        "groups", Map.of("g", List.of(part)), "secret", "hush", "any", any, "anything", Arrays.asList("s", 1, Map.of()));
    assertEquals(List.of(), call(built, "validate"));
    String json = MAPPER.writeValueAsString(built);
    Object read = MAPPER.readValue(json, gadget);
    assertEquals(built, read);
    assertEquals(json, MAPPER.writeValueAsString(read));

    // Unknown wire strings of an enum with a fallback are kept; of one without, they are an error.
    Object unknown = MAPPER.readValue("{\"extId\": \"g-1\", \"cores\": 1, \"mode\": \"sideways\", \"modes\": [\"on\", \"up\"]}", gadget);
    assertEquals(Enum.valueOf(mode, "UNKNOWN"), call(unknown, "mode"));
    assertTrue(MAPPER.writeValueAsString(unknown).contains("\"mode\":\"sideways\""));
    Exception levelError = assertThrows(Exception.class,
        () -> MAPPER.readValue("{\"extId\": \"g-1\", \"cores\": 1, \"level\": \"MEDIUM\"}", gadget));
    assertTrue(levelError.getMessage().contains("Invalid JSON at `level`: \"MEDIUM\" is not one of LOW, HIGH"),
        levelError.getMessage());

    // Violations everywhere, with paths.
    Object bad = call(call(built, "toBuilder"), "cores", 9);
    call(bad, "putGroups", "h", Arrays.asList(build(partType, "label", "q"), null));
    ModelValidationException e = assertThrows(ModelValidationException.class, () -> call(bad, "build"));
    assertEquals(List.of("cores", "groups[h][1]"), e.violations().stream().map(Violation::path).toList());

    return new Result(json, (String) call(built, "toStr"), built, gadget);
  }

  @Test
  void bothMappingsHandleEveryKindAlike() throws Exception {
    Result annotations = exercise(false);
    Result codec = exercise(true);
    assertEquals(codec.json(), annotations.json());
    assertEquals(codec.str(), annotations.str());
    assertTrue(codec.json().contains("\"price\":0.12345678901234567890123"), codec.json());
    assertTrue(codec.str().contains("'secret_value': '***'"), codec.str());
    assertTrue(codec.json().startsWith("{\"$objectType\":\"demo.Gadget\",\"$reserved\":{\"$fv\":\"v1.r0\"},"),
        codec.json());
  }

  /** An interface may extend ApiObject, so that code holding the interface type can call toDict(). */
  @Test
  void anInterfaceMayExtendApiObject() throws Exception {
    Compilation compilation = Models.compile("good/apiobject/VmModel.java");
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> vm = Models.loadClass(Models.load(compilation, Files.createDirectories(temp.resolve("vm"))), "apiobject.Vm");
    Object built = build(vm, "name", "db-1");
    ApiObject asApiObject = assertInstanceOf(ApiObject.class, built);
    assertEquals(Map.of("name", "db-1"), asApiObject.toDict());
    assertEquals(1, vm.getInterfaces()[0].getMethods().length - ApiObject.class.getMethods().length);
  }
}
