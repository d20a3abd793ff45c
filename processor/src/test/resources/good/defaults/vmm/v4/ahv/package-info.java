/** A nearer package's settings replace the farther ones as a whole. */
@ApiModelDefaults(suffix = "Spec", jsonNames = JsonNames.SNAKE_CASE)
package vmm.v4.ahv;

import io.apimodel.ApiModelDefaults;
import io.apimodel.JsonNames;
