package unionscope.a;

import io.apimodel.ApiModel;
import java.util.List;
import unionscope.b.Choice;
import unionscope.b.Task;

/** Refers to unions of another package, declared after it, one of them nested in an interface. */
@ApiModel
public interface HolderModel {
  Choice choice();

  List<Choice> choices();

  Task taskOrText();
}
