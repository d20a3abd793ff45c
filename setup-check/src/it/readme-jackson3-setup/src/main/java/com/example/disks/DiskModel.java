package com.example.disks;

import io.apimodel.ApiModel;
import io.apimodel.Range;
import io.apimodel.Required;
import io.apimodel.Size;

/** A virtual disk: the processor writes {@code Disk} from this interface. */
@ApiModel
public interface DiskModel {

  /** The disk's name. */
  @Required
  @Size(min = 1, max = 64)
  String name();

  /** Its size in GiB. */
  @Range(min = 1, max = 2048)
  Integer sizeGib();
}
