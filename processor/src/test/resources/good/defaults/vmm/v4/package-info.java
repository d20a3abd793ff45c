/** Settings for every model of the vmm v4 API, subpackages included. */
@ApiModelDefaults(suffix = "Def", dictKeys = DictKeys.SNAKE_CASE, jsonNames = JsonNames.PROPERTY_NAMES)
package vmm.v4;

import io.apimodel.ApiModelDefaults;
import io.apimodel.DictKeys;
import io.apimodel.JsonNames;
