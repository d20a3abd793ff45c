/** Models here end in Def. */
@ApiModelDefaults(suffix = "Def")
package invalid.suffix.def;

import io.apimodel.ApiModelDefaults;
