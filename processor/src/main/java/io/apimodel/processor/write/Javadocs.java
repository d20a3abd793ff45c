package io.apimodel.processor.write;

import io.apimodel.processor.model.Constraint;
import io.apimodel.processor.model.Property;
import io.apimodel.processor.model.PropertyType;
import java.util.ArrayList;
import java.util.List;

/** Javadoc text for generated members: the declaration's own text plus its constraints. */
final class Javadocs {

  private Javadocs() {}

  /**
   * The property's description and constraints, one element per line; empty when the declaration
   * has neither (then the generated members get no comment: there is nothing to carry over).
   */
  static List<String> property(Property property) {
    List<String> lines = new ArrayList<>();
    String own = ownText(property.javadoc());
    if (!own.isEmpty()) {
      lines.addAll(List.of(own.split("\n", -1)));
    }
    List<String> rules = rules(property);
    if (!rules.isEmpty()) {
      if (!lines.isEmpty()) {
        lines.add("");
      }
      for (int i = 0; i < rules.size(); i++) {
        lines.add((i == 0 ? "<p>" : "") + rules.get(i) + (i < rules.size() - 1 ? "<br>" : ""));
      }
    }
    return lines;
  }

  /** The text of a doc comment up to its block tags, lines stripped. */
  static String ownText(String javadoc) {
    StringBuilder out = new StringBuilder();
    for (String line : javadoc.strip().split("\n", -1)) {
      String stripped = line.strip();
      if (stripped.startsWith("@")) {
        break; // block tags (@return, @see) belong to the interface method, not to ours
      }
      out.append(stripped).append('\n');
    }
    return out.toString().strip();
  }

  private static List<String> rules(Property property) {
    List<String> rules = new ArrayList<>();
    if (property.required()) {
      rules.add("Required: must not be null.");
    }
    for (Constraint constraint : property.constraints()) {
      if (constraint instanceof Constraint.Range r) {
        rules.add("Range: " + bounds(r.hasMin(), r.min(), r.hasMax(), r.max()) + ".");
      } else if (constraint instanceof Constraint.Size s) {
        String unit = property.type().isContainer() ? " items" : " characters";
        rules.add("Size: " + bounds(s.hasMin(), s.min(), s.hasMax(), s.max()) + unit + ".");
      } else if (constraint instanceof Constraint.Pattern p) {
        rules.add("Pattern: <code>" + html(p.regex()) + "</code>.");
      }
    }
    if (property.type() instanceof PropertyType.ListOf) {
      rules.add("Items: must not be null.");
    }
    if (property.redacted()) {
      rules.add("Redacted: shown as {@code ***} in {@code toString()} and violation messages.");
    }
    return rules;
  }

  private static String bounds(boolean hasMin, long min, boolean hasMax, long max) {
    if (hasMin && hasMax) {
      return min + " to " + max;
    }
    return hasMin ? "at least " + min : "at most " + max;
  }

  /** Letters whose names start with a vowel sound: "an FQDN", "an SLA", but "a UUID", "a VM". */
  private static final String VOWEL_LETTER_NAMES = "AEFHILMNORSX";

  /**
   * The indefinite article for a type name as it is read aloud: "an Item", "an Integer", "an
   * Update", "an FQDN", but "a Task", "a User", "a Unit", "a UUID".
   */
  static String article(String name) {
    if (name.isEmpty()) {
      return "a";
    }
    char first = name.charAt(0);
    if (name.length() > 1 && Character.isUpperCase(first) && Character.isUpperCase(name.charAt(1))) {
      return VOWEL_LETTER_NAMES.indexOf(first) >= 0 ? "an" : "a"; // an acronym, read letter by letter
    }
    char lower = Character.toLowerCase(first);
    if (lower == 'u') {
      // "an Update", "an Unknown", but "a User", "a Unit": a single consonant then a vowel says "you".
      boolean you = name.length() > 2 && !isVowel(name.charAt(1)) && isVowel(name.charAt(2));
      return you ? "a" : "an";
    }
    if (lower == 'e' && name.length() > 1 && Character.toLowerCase(name.charAt(1)) == 'u') {
      return "a"; // "a Euro"
    }
    return isVowel(first) ? "an" : "a";
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(Character.toLowerCase(c)) >= 0;
  }

  /**
   * Javadoc text broken into lines of at most {@code width} characters where it can be: at spaces
   * outside inline tags ({@code {@link ...}}) and {@code <code>} elements, so that none is split.
   */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int lastBreak = -1;
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' || text.startsWith("<code>", i)) {
        depth++;
      } else if (c == '}' || text.startsWith("</code>", i)) {
        depth = Math.max(0, depth - 1);
      } else if (c == ' ' && depth == 0) {
        if (i - start > width && lastBreak > start) {
          lines.add(text.substring(start, lastBreak));
          start = lastBreak + 1;
        }
        lastBreak = i;
      }
    }
    if (text.length() - start > width && lastBreak > start) {
      lines.add(text.substring(start, lastBreak));
      start = lastBreak + 1;
    }
    lines.add(text.substring(start));
    return lines;
  }

  /** Escapes text for HTML inside a Javadoc comment, including {@code @} and comment ends. */
  static String html(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '@' -> out.append("&#64;");
        case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        case '\\' -> out.append("&#92;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
