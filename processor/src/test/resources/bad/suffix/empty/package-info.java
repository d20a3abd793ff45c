/** An empty suffix would name each class like its interface. */
@ApiModelDefaults(suffix = "")
package invalid.suffix.empty;

import io.apimodel.ApiModelDefaults;
