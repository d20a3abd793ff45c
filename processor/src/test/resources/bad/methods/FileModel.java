package invalid.methods;

import io.apimodel.ApiModel;
import java.io.IOException;

/** An abstract method with a throws clause. */
@ApiModel
public interface FileModel {
  String path() throws IOException;
}
