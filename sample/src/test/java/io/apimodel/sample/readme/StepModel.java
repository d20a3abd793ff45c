package io.apimodel.sample.readme;

import io.apimodel.ApiModel;
import io.apimodel.Range;
import io.apimodel.Size;
import java.util.List;

/** A step of a task: the README's 30-second example, kept compiling and true by a test. */
@ApiModel
public interface StepModel {
  /** What the step does. */
  @Size(max = 512)
  String name();

  /** How far it got. */
  @Range(min = 0, max = 100)
  Integer progressPercentage();

  List<String> notes();
}
