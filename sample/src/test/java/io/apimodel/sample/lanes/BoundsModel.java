package io.apimodel.sample.lanes;

import io.apimodel.ApiModel;
import io.apimodel.Pattern;
import io.apimodel.Range;
import io.apimodel.Size;
import java.util.List;

/** Numbers and lists with bounds, which the fast lane checks as it reads them. */
@ApiModel
public interface BoundsModel {
  /** A primitive int from 1: its Java default, 0, breaks the range when JSON gives null. */
  @Range(min = 1, max = 10)
  int cores();

  /** A primitive long. */
  @Range(min = -5, max = 5)
  long offset();

  /** A primitive double. */
  @Range(min = 0, max = 1)
  double load();

  /** A boxed long. */
  @Range(max = 1000)
  Long total();

  /** A boxed double. */
  @Range(min = -1)
  Double ratio();

  /** Two to four code points. */
  @Size(min = 2, max = 4)
  String code();

  /** One to three code points, starting with a lower-case letter. */
  @Size(min = 1, max = 3)
  @Pattern("^[a-z\u00e0-\u00ff]")
  String tag();

  /** Any JSON value. */
  Object extra();

  /** A list of one or two names. */
  @Size(min = 1, max = 2)
  List<String> names();
}
