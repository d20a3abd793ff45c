package io.apimodel.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.apimodel.processor.Models.build;
import static io.apimodel.processor.Models.call;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON names from a naming style (Jackson's {@code @JsonNaming}, {@code @ApiModel(jsonNames)}) and
 * settings written once per package ({@code @ApiModelDefaults}: class-name suffix, dict keys, JSON
 * names), which the nearest package provides and a model's own annotations override.
 */
class NamingSettingsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path temp;

  @Test
  void jsonNamingWithJacksonsSnakeCaseStrategy() throws Exception {
    Compilation compilation = Models.compileWithDatabind("good/naming/SnakeVmModel.java");
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> vm = Models.loadClass(Models.load(compilation, Files.createDirectories(temp.resolve("snake"))), "naming.SnakeVm");
    String json = "{\"ext_id\":\"e-1\",\"num_vcpus_per_socket\":2,\"vm_uuid\":\"u-1\",\"$objectType\":\"vmm.Vm\"}";
    Object read = MAPPER.readValue(json, vm);
    assertEquals("e-1", call(read, "extId"));
    assertEquals(2, call(read, "numVcpusPerSocket"));
    assertEquals("u-1", call(read, "vmUUID"));
    assertEquals(Map.of(), call(read, "unknownFields"));
    assertEquals(json, MAPPER.writeValueAsString(read));
    assertEquals(List.of("ext_id", "num_vcpus_per_socket", "vm_uuid", "$objectType"),
        List.copyOf(((Map<?, ?>) call(read, "toDict")).keySet()));
  }

  @Test
  void jsonNamesOnApiModelWithJacksonAnnotationsOnly() throws Exception {
    Compilation compilation = Models.compile("good/naming/KebabNoteModel.java");
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> note = Models.loadClass(Models.load(compilation, Files.createDirectories(temp.resolve("kebab"))), "naming.KebabNote");
    String json = "{\"note-text\":\"hello\",\"page-count\":3}";
    Object read = MAPPER.readValue(json, note);
    assertEquals("hello", call(read, "noteText"));
    assertEquals(json, MAPPER.writeValueAsString(read));
  }

  @Test
  void packageDefaultsApplyToTheirPackageAndBelowAndAModelsOwnSettingsWin() throws Exception {
    Compilation compilation = Models.compileWithDatabind(
        "good/defaults/vmm/v4/package-info.java", "good/defaults/vmm/v4/config/EmulatedNicDef.java",
        "good/defaults/vmm/v4/config/EmulatedNicModel.java", "good/defaults/vmm/v4/config/CpuDef.java",
        "good/defaults/vmm/v4/ahv/package-info.java", "good/defaults/vmm/v4/ahv/VmSpec.java");
    assertThat(compilation).succeededWithoutWarnings();
    ClassLoader loader = Models.load(compilation, Files.createDirectories(temp.resolve("defaults")));
    Class<?> nicType = Models.loadClass(loader, "vmm.v4.config.EmulatedNic");
    Class<?> cpuType = Models.loadClass(loader, "vmm.v4.config.Cpu");
    Class<?> vmType = Models.loadClass(loader, "vmm.v4.ahv.Vm");
    Class<? extends Enum> nicModel = Models.loadClass(loader, "vmm.v4.config.EmulatedNicModel").asSubclass(Enum.class);

    // vmm.v4: suffix "Def", snake_case dict keys, JSON names as declared.
    @SuppressWarnings("unchecked")
    Object nic = build(nicType, "model", Enum.valueOf(nicModel, "VIRTIO"), "macAddress", "52:54:00:00:00:01");
    assertEquals(Map.of("model", "VIRTIO", "mac_address", "52:54:00:00:00:01"), call(nic, "toDict"));
    assertEquals("{\"model\":\"VIRTIO\",\"macAddress\":\"52:54:00:00:00:01\"}", MAPPER.writeValueAsString(nic));
    // CpuDef's own dictKeys = JSON wins over the package's SNAKE_CASE.
    Object cpu = build(cpuType, "numSockets", 2);
    assertEquals(Map.of("numSockets", 2), call(cpu, "toDict"));
    // vmm.v4.ahv replaces vmm.v4's settings as a whole: suffix "Spec", snake_case JSON names,
    // dict keys from the JSON names.
    Object vm = build(vmType, "vmName", "vm-1", "cpuConfig", cpu, "emulatedNics", List.of(nic));
    String json = MAPPER.writeValueAsString(vm);
    assertEquals("{\"vm_name\":\"vm-1\",\"cpu_config\":{\"numSockets\":2},"
        + "\"emulated_nics\":[{\"model\":\"VIRTIO\",\"macAddress\":\"52:54:00:00:00:01\"}]}", json);
    assertEquals(vm, MAPPER.readValue(json, vmType));
    assertEquals(List.of("vm_name", "cpu_config", "emulated_nics"), List.copyOf(((Map<?, ?>) call(vm, "toDict")).keySet()));
  }
}
