package invalid.target;

import io.apimodel.ApiModel;

/** @ApiModel on a record. */
@ApiModel
public record PointModel(int x, int y) {}
