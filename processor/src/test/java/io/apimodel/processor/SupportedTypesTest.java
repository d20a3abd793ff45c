package io.apimodel.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static io.apimodel.processor.Models.build;
import static io.apimodel.processor.Models.builder;
import static io.apimodel.processor.Models.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.Violation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §2 "Supported property types": one model with all of them. */
class SupportedTypesTest {

  @TempDir static Path classes;

  private static Compilation compilation;
  private static Class<?> allTypes;
  private static Class<?> part;

  @BeforeAll
  static void compile() {
    compilation =
        Models.compile("good/types/AllTypesModel.java", "good/types/PartModel.java", "good/types/Color.java");
    if (compilation.status() == Compilation.Status.SUCCESS) {
      ClassLoader loader = Models.load(compilation, classes);
      allTypes = Models.loadClass(loader, "types.AllTypes");
      part = Models.loadClass(loader, "types.Part");
    }
  }

  @Test
  void compilesWithoutWarnings() {
    Compilation plain =
        javac().withProcessors(new ApiModelProcessor())
            .compile(Models.sources("good/types/AllTypesModel.java", "good/types/PartModel.java", "good/types/Color.java"));
    assertThat(plain).succeededWithoutWarnings();
  }

  /** The project's own build uses -Xlint:all,-processing; users may too. */
  @Test
  void compilesWithoutWarningsUnderXlintAll() {
    assertThat(compilation).succeeded();
    assertEquals(List.of(), compilation.warnings().stream().map(SupportedTypesTest::describe).toList());
  }

  private static String describe(Diagnostic<? extends JavaFileObject> d) {
    String file = d.getSource() == null ? "?" : d.getSource().getName();
    return file + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT);
  }

  @Test
  void newInstanceHasZerosAndNulls() throws ReflectiveOperationException {
    Object empty = allTypes.getConstructor().newInstance();
    assertEquals(false, call(empty, "flag"));
    assertEquals(0, call(empty, "count"));
    assertEquals(0L, call(empty, "total"));
    assertEquals(0.0, call(empty, "ratio"));
    for (String name : List.of("text", "boxedFlag", "boxedCount", "boxedTotal", "boxedRatio", "amount", "huge",
        "id", "at", "day", "color", "part", "deep", "extra", "any")) {
      assertNull(call(empty, name), name);
    }
    assertEquals(List.of(), call(empty, "validate"));
  }

  @Test
  void everyTypeGoesThroughTheBuilder() {
    Object red = Models.loadClass(allTypes.getClassLoader(), "types.Color").getEnumConstants()[0];
    Object sku = build(part, "sku", "p-1");
    OffsetDateTime at = OffsetDateTime.of(2024, 6, 7, 11, 11, 34, 839_373_000, ZoneOffset.UTC);
    UUID id = UUID.fromString("8c3ba3bc-2d38-4a5b-bcd4-8d6fe2f2d0a1");
    Map<String, Object> extra = new HashMap<>();
    extra.put("nothing", null);
    extra.put("list", List.of(1, "two"));
    List<Object> any = new ArrayList<>(List.of("x"));
    Object[] values = {
      "text", "t", "flag", true, "count", 7, "total", 1L << 40, "ratio", 0.5,
      "boxedFlag", false, "boxedCount", -1, "boxedTotal", 5L, "boxedRatio", 1e23,
      "amount", new BigDecimal("1.50"), "huge", BigInteger.TWO.pow(80), "id", id, "at", at,
      "day", LocalDate.of(2024, 6, 7), "color", red, "part", sku,
      "deep", List.of(Map.of("k", List.of(sku))), "extra", extra, "any", any
    };
    Object built = build(allTypes, values);
    for (int i = 0; i < values.length; i += 2) {
      assertEquals(values[i + 1], call(built, (String) values[i]), (String) values[i]);
    }
    assertEquals(List.of(), call(built, "validate"));
    assertEquals(built, build(allTypes, values));
    assertEquals(built.hashCode(), build(allTypes, values).hashCode());
    assertEquals(built, call(call(built, "toBuilder"), "build"));

    // Object and containers are stored as unmodifiable copies, all the way down.
    any.add("y");
    assertEquals(List.of("x"), call(built, "any"));
    assertThrows(UnsupportedOperationException.class, () -> ((List<?>) call(built, "any")).remove(0));
    Map<?, ?> firstMap = (Map<?, ?>) ((List<?>) call(built, "deep")).get(0);
    assertThrows(UnsupportedOperationException.class, () -> ((List<?>) firstMap.get("k")).remove(0));
    assertThrows(UnsupportedOperationException.class, firstMap::clear);
    assertNotSame(extra, call(built, "extra"));
  }

  @Test
  void nullItemDeepInsideListOfMapOfListIsReportedWithItsPath() throws ReflectiveOperationException {
    Object noSku = part.getConstructor().newInstance();
    List<Map<String, List<Object>>> deep = List.of(Map.of("k", Arrays.asList(noSku, null)));
    Violation nullItem = new Violation("deep[0][k][1]", "Invalid value for `deep[0][k][1]`, must not be null", null);

    Object builder = builder(allTypes, "deep", deep);
    ModelValidationException built = assertThrows(ModelValidationException.class, () -> call(builder, "build"));
    assertEquals(
        List.of(new Violation("deep[0][k][0].sku", "Invalid value for `deep[0][k][0].sku`, must not be null", null), nullItem),
        built.violations());

    // The setter checks null items but leaves nested models to validate()/build().
    Object instance = allTypes.getConstructor().newInstance();
    ModelValidationException set = assertThrows(ModelValidationException.class, () -> call(instance, "setDeep", deep));
    assertEquals(List.of(nullItem), set.violations());
    assertNull(call(instance, "deep"));
  }
}
