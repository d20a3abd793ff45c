package io.apimodel.sample.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Compares a JSON input with what came back after read-then-write, as trees: every member of the
 * input must come back with an equal value; a member the output adds is allowed only where the
 * given rule allows it. Each difference names its path ({@code subTasks[1].extId}).
 */
final class JsonTrees {

  /** Decides whether the output may add member {@code name} to the object at {@code objectPath}. */
  @FunctionalInterface
  interface Additions {
    boolean allowed(String objectPath, String name);
  }

  /** No member may be added. */
  static final Additions NONE = (objectPath, name) -> false;

  /** Where the JSON of a Task holds a model object (a Task, or one of its nested models). */
  private static final Pattern MODEL_PATH =
      Pattern.compile(
          "|parentTask|rootTask|ownedBy"
              + "|(entitiesAffected|subTasks|subSteps|completionDetails|errorMessages|warnings)"
              + "\\[\\d+]");

  /** Where the JSON of a Task holds an {@code AppMessage}. */
  private static final Pattern APP_MESSAGE_PATH =
      Pattern.compile("(errorMessages|warnings)\\[\\d+]");

  /**
   * The {@code @Default} properties of the Task family: {@code $objectType} and {@code $reserved}
   * on every model object, {@code locale} on an {@code AppMessage}; nothing inside unknown members,
   * maps or {@code KVPair.value}.
   */
  static final Additions TASK_DEFAULTS =
      (objectPath, name) ->
          ((name.equals("$objectType") || name.equals("$reserved"))
                  && MODEL_PATH.matcher(objectPath).matches())
              || (name.equals("locale") && APP_MESSAGE_PATH.matcher(objectPath).matches());

  private JsonTrees() {}

  /** Every difference between {@code input} and {@code output}; empty when nothing was lost. */
  static List<String> differences(JsonNode input, JsonNode output, Additions additions) {
    List<String> out = new ArrayList<>();
    compare("", input, output, additions, out);
    return out;
  }

  private static void compare(
      String path, JsonNode input, JsonNode output, Additions additions, List<String> out) {
    if (input.isObject() && output.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = input.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> member = it.next();
        String memberPath = member(path, member.getKey());
        JsonNode back = output.get(member.getKey());
        if (back == null) {
          out.add(
              "`"
                  + memberPath
                  + "`: missing from the output (input "
                  + show(member.getValue())
                  + ")");
        } else {
          compare(memberPath, member.getValue(), back, additions, out);
        }
      }
      for (Iterator<String> it = output.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!input.has(name) && !additions.allowed(path, name)) {
          out.add(
              "`"
                  + member(path, name)
                  + "`: added by the output, and not a @Default property ("
                  + show(output.get(name))
                  + ")");
        }
      }
    } else if (input.isArray() && output.isArray()) {
      if (input.size() != output.size()) {
        out.add(
            "`"
                + path
                + "`: "
                + input.size()
                + " items in the input, "
                + output.size()
                + " in the output");
      }
      for (int i = 0; i < Math.min(input.size(), output.size()); i++) {
        compare(path + "[" + i + "]", input.get(i), output.get(i), additions, out);
      }
    } else if (!sameScalar(input, output)) {
      out.add("`" + path + "`: expected " + show(input) + ", got " + show(output));
    }
  }

  private static boolean sameScalar(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      if (a.isIntegralNumber() && b.isIntegralNumber()) {
        return a.bigIntegerValue().equals(b.bigIntegerValue());
      }
      BigDecimal x = exact(a);
      BigDecimal y = exact(b);
      return x != null && y != null
          ? x.compareTo(y) == 0
          : Double.compare(a.doubleValue(), b.doubleValue()) == 0;
    }
    return a.getNodeType() == b.getNodeType() && a.equals(b);
  }

  /** The exact value of a number node, or null for NaN and infinities. */
  private static BigDecimal exact(JsonNode number) {
    try {
      return number.decimalValue();
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String member(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static String show(JsonNode node) {
    String text = node.toString();
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }
}
