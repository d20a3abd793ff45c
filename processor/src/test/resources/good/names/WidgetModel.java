package names;

import io.apimodel.ApiModel;
import io.apimodel.Default;
import io.apimodel.Range;
import io.apimodel.Required;
import io.apimodel.Size;
import java.util.List;
import java.util.Map;

/**
 * Properties named like what a generator would name its own members: the JSON conveniences, the
 * raw wire string of an enum, helper methods, locals, constants and nested classes.
 */
@ApiModel
public interface WidgetModel {
  String toJson();

  String json();

  @Required
  Status status();

  String statusWire();

  String STATUS_WIRE();

  @Range(min = 0, max = 9)
  Integer value();

  String read();

  String write();

  String copy();

  Integer violations();

  @Size(max = 3)
  List<String> items();

  List<String> addItems();

  String in();

  String out();

  String model();

  String draft();

  String slot();

  String name();

  String key();

  String redacted();

  String other();

  String seen();

  String member();

  String fromJsonTokens();

  String toJsonTokens();

  String initLabel();

  @Default
  default String label() {
    return "plain";
  }

  String DESCRIPTOR();

  String UNKNOWN_FIELDS();

  String unknownFieldsMap();

  Map<String, String> Values();

  Kinds kinds();

  String io();

  String java();

  Descriptor descriptor();
}
