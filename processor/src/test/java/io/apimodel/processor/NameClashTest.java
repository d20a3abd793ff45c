package io.apimodel.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.apimodel.processor.Models.build;
import static io.apimodel.processor.Models.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.Violation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC §3, last paragraph: every legal property name outside the short reserved list compiles into
 * a working class, and generated names never hide the user's types. Each model is compiled with
 * jackson-annotations only and again with jackson-databind (the two JSON mappings), then used:
 * builder, setters, {@code validate()}, {@code toDict()}, a JSON round trip.
 */
class NameClashTest {

  private static final String[] MODELS = {
    "good/names/WidgetModel.java", "good/names/Status.java", "good/names/Kinds.java",
    "good/names/DescriptorModel.java", "good/names/FQDNModel.java", "good/names/IPAddressOrFQDNModel.java",
    "good/names/BuilderModel.java", "good/names/JsonModel.java", "good/names/HolderModel.java"
  };

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path temp;

  private ClassLoader compile(String config) throws Exception {
    Compilation compilation = config.equals("databind") ? Models.compileWithDatabind(MODELS) : Models.compile(MODELS);
    assertThat(compilation).succeededWithoutWarnings();
    return Models.load(compilation, Files.createDirectories(temp.resolve(config)));
  }

  private static Class<?> type(ClassLoader loader, String name) {
    return Models.loadClass(loader, "names." + name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"annotations", "databind"})
  void propertiesNamedLikeGeneratedMembersWork(String config) throws Exception {
    ClassLoader loader = compile(config);
    Class<?> widget = type(loader, "Widget");
    Object on = Enum.valueOf(type(loader, "Status").asSubclass(Enum.class), "ON");
    Object small = Enum.valueOf(type(loader, "Kinds").asSubclass(Enum.class), "SMALL");
    Object descriptor = build(type(loader, "Descriptor"), "text", "d");
    List<Object> pairs = new ArrayList<>(List.of(
        "toJson", "a", "json", "b", "status", on, "statusWire", "c", "STATUS_WIRE", "d", "value", 7,
        "read", "e", "write", "f", "copy", "g", "violations", 3, "items", List.of("x"), "addItems", List.of("y"),
        "in", "h", "out", "i", "model", "j", "draft", "k", "slot", "l", "name", "m", "key", "n",
        "redacted", "o", "other", "p", "seen", "q", "member", "r", "fromJsonTokens", "s", "toJsonTokens", "t",
        "initLabel", "u", "DESCRIPTOR", "v", "UNKNOWN_FIELDS", "w", "unknownFieldsMap", "x",
        "Values", Map.of("k", "v"), "kinds", small, "io", "y", "java", "z", "descriptor", descriptor));
    Object built = build(widget, pairs.toArray());

    assertEquals(List.of(), call(built, "validate"));
    for (int i = 0; i < pairs.size(); i += 2) {
      assertEquals(pairs.get(i + 1), call(built, (String) pairs.get(i)), (String) pairs.get(i));
    }
    assertEquals("plain", call(built, "label"), "a @Default beside initLabel()");
    @SuppressWarnings("unchecked")
    Map<String, Object> dict = (Map<String, Object>) call(built, "toDict");
    assertEquals(pairs.size() / 2 + 1, dict.size());
    assertEquals("ON", dict.get("status"));
    assertEquals(List.of("x"), dict.get("items"));
    assertEquals(Map.of("text", "d"), dict.get("descriptor"));

    Object copy = call(built, "toBuilder");
    call(copy, "addItems", "z");
    call(copy, "addAddItems", "w");
    assertEquals(List.of("x", "z"), call(call(copy, "build"), "items"));
    assertEquals(List.of("y", "w"), call(call(copy, "build"), "addItems"));

    call(built, "setValue", 9);
    ModelValidationException tooBig = assertThrows(ModelValidationException.class, () -> call(built, "setValue", 10));
    assertEquals(List.of("value"), tooBig.violations().stream().map(Violation::path).toList());
    assertThrows(ModelValidationException.class, () -> call(built, "setItems", List.of("1", "2", "3", "4")));
    call(built, "setStatusWire", "raw");
    assertEquals("raw", call(built, "statusWire"));
    assertEquals(on, call(built, "status"));

    String json = MAPPER.writeValueAsString(built);
    Object read = MAPPER.readValue(json, widget);
    assertEquals(built, read);
    assertEquals(json, MAPPER.writeValueAsString(read));
    assertTrue(json.contains("\"toJson\":\"a\"") && json.contains("\"statusWire\":\"raw\""), json);
    assertTrue(json.contains("\"status\":\"ON\""), json);

    Object unknownStatus = MAPPER.readValue("{\"status\": \"PAUSED\", \"statusWire\": \"w\"}", widget);
    assertEquals(Enum.valueOf(type(loader, "Status").asSubclass(Enum.class), "UNKNOWN"), call(unknownStatus, "status"));
    assertEquals("w", call(unknownStatus, "statusWire"));
    assertTrue(MAPPER.writeValueAsString(unknownStatus).contains("\"status\":\"PAUSED\""));
  }

  /** The JSON conveniences of SPEC §5 give way to properties of their names, and only to them. */
  @ParameterizedTest
  @ValueSource(strings = {"annotations", "databind"})
  void jsonConveniencesGiveWayToProperties(String config) throws Exception {
    ClassLoader loader = compile(config);
    Function<Class<?>, List<String>> conveniences = type -> Arrays.stream(type.getDeclaredMethods())
        .filter(m -> m.getName().startsWith("fromJson") || m.getName().startsWith("toJson"))
        .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()))
        .map(NameClashTest::signature).sorted().toList();
    if (config.equals("annotations")) {
      assertEquals(List.of("fromJsonTokens()", "toJson()", "toJsonTokens()"), conveniences.apply(type(loader, "Widget")));
      assertEquals(List.of(), conveniences.apply(type(loader, "Holder")));
    } else {
      assertEquals(List.of("fromJson(String)", "fromJson(byte[])", "fromJsonTokens()", "toJson()", "toJsonBytes()",
          "toJsonTokens()"), conveniences.apply(type(loader, "Widget")));
      assertEquals(List.of("fromJson(String)", "fromJson(byte[])", "toJson()", "toJsonBytes()"),
          conveniences.apply(type(loader, "Holder")));
    }
  }

  private static String signature(Method m) {
    return m.getName() + "(" + String.join(",", Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).toList()) + ")";
  }

  /** Prism's common.v1.config has a model FQDN and, in IPAddressOrFQDN, a property fqdn() of it. */
  @ParameterizedTest
  @ValueSource(strings = {"annotations", "databind"})
  void aPropertyNamedLikeItsTypeWorks(String config) throws Exception {
    ClassLoader loader = compile(config);
    Class<?> holder = type(loader, "IPAddressOrFQDN");
    Object read = MAPPER.readValue("{\"ipv4\": \"10.0.0.1\", \"fqdn\": {\"value\": \"a.example\"},"
        + " \"FQDNs\": [{\"value\": \"b.example\"}]}", holder);
    assertEquals("a.example", call(call(read, "fqdn"), "value"));
    assertEquals("{\"ipv4\":\"10.0.0.1\",\"fqdn\":{\"value\":\"a.example\"},\"FQDNs\":[{\"value\":\"b.example\"}]}",
        MAPPER.writeValueAsString(read));
    Exception bad = assertThrows(Exception.class,
        () -> MAPPER.readValue("{\"fqdn\": {\"value\": \"NOT A NAME\"}}", holder));
    assertTrue(bad.getMessage().contains("`fqdn.value`"), bad.getMessage());
  }

  /** Models named Builder, Json and Descriptor, like the classes nested in every generated class. */
  @ParameterizedTest
  @ValueSource(strings = {"annotations", "databind"})
  void modelsNamedLikeNestedClassesWork(String config) throws Exception {
    ClassLoader loader = compile(config);
    Class<?> builderModel = type(loader, "Builder");
    Object part = build(builderModel, "text", "b");
    assertEquals("BuilderBuilder", call(builderModel, "builder").getClass().getSimpleName());
    Object json = build(type(loader, "Json"), "text", "j");
    Object descriptor = build(type(loader, "Descriptor"), "text", "d");
    Object widget = build(type(loader, "Widget"), "status",
        Enum.valueOf(type(loader, "Status").asSubclass(Enum.class), "OFF"));
    Class<?> holderType = type(loader, "Holder");
    Object holder = build(holderType, "builderPart", part, "jsonParts", List.of(json, json),
        "descriptorPart", descriptor, "widget", widget);

    String text = MAPPER.writeValueAsString(holder);
    assertEquals("{\"builderPart\":{\"text\":\"b\"},\"jsonParts\":[{\"text\":\"j\"},{\"text\":\"j\"}],"
        + "\"descriptorPart\":{\"text\":\"d\"},\"widget\":{\"status\":\"OFF\",\"label\":\"plain\"}}", text);
    assertEquals(holder, MAPPER.readValue(text, holderType));
    assertFalse(text.toLowerCase(Locale.ROOT).contains("null"));
  }
}
