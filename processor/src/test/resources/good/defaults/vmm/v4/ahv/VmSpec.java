package vmm.v4.ahv;

import io.apimodel.ApiModel;
import java.util.List;
import vmm.v4.config.Cpu;
import vmm.v4.config.EmulatedNic;

/** Generates Vm, with snake_case JSON names and JSON dict keys (this package's settings). */
@ApiModel
public interface VmSpec {
  String vmName();

  Cpu cpuConfig();

  List<EmulatedNic> emulatedNics();
}
