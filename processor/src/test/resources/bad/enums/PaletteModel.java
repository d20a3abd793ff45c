package invalid.enums;

import io.apimodel.ApiModel;
import java.util.List;

/** Uses the enum Shade (inside a list). */
@ApiModel
public interface PaletteModel {
  List<Shade> shades();
}
