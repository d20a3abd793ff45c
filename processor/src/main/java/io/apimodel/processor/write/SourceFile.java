package io.apimodel.processor.write;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One generated source file, written line by line. Code is given as format strings:
 *
 * <ul>
 *   <li>{@code $T}: a {@link JType}, written by its simple name with an import, or qualified when
 *       that simple name means something else in the file (one of the generated class's own member
 *       types, a member type it inherits, another type of the same simple name);
 *   <li>{@code $N}: a name, as is; {@code $L}: any value's {@code String.valueOf};
 *   <li>{@code $S}: a string as a Java string literal; {@code $$}: a dollar sign.
 * </ul>
 *
 * <p>Imports are decided as types are written, in one pass, and put in front at the end. This is
 * the part of JavaPoet apimodel needs, without its cost: rendering with JavaPoet took more time
 * than javac took to compile the result.
 */
final class SourceFile {

  private static final String INDENT = "  ";

  private final String packageName;
  /** Simple names that mean something else inside the generated class; never imported. */
  private final Set<String> shadowed;
  /** The canonical name of the generated top-level class, whose members are in scope. */
  private final String self;
  /** Simple name of a top-level type to its canonical name, for every name written simple. */
  private final Map<String, String> claimed = new HashMap<>();
  private final TreeSet<String> imports = new TreeSet<>();
  private final StringBuilder body = new StringBuilder(16384);
  private int indent;

  /**
   * @param packageName the package of the file
   * @param self the simple name of its top-level class
   * @param shadowed simple names that mean something else inside that class: its member types,
   *     the member types it inherits
   */
  SourceFile(String packageName, String self, Set<String> shadowed) {
    this.packageName = packageName;
    this.self = packageName.isEmpty() ? self : packageName + "." + self;
    this.shadowed = Set.copyOf(shadowed);
    claimed.put(self, this.self);
  }

  /** A line at the current indentation. */
  SourceFile line(String format, Object... args) {
    for (int i = 0; i < indent; i++) {
      body.append(INDENT);
    }
    format(format, args);
    body.append('\n');
    return this;
  }

  /** A line that opens a block ({@code if (x) {}): what follows is indented one more level. */
  SourceFile open(String format, Object... args) {
    line(format, args);
    indent++;
    return this;
  }

  /** A line that closes a block ({@code }} or {@code } else {}) at one level less; no blank line before it. */
  SourceFile close(String format, Object... args) {
    indent--;
    if (body.length() > 1 && body.charAt(body.length() - 1) == '\n' && body.charAt(body.length() - 2) == '\n') {
      body.setLength(body.length() - 1);
    }
    return line(format, args);
  }

  /** {@code close("}")}. */
  SourceFile close() {
    return close("}");
  }

  /** {@code close("}"); open(format)}: {@code } else {}. */
  SourceFile next(String format, Object... args) {
    indent--;
    line(format, args);
    indent++;
    return this;
  }

  /** An empty line. */
  SourceFile blank() {
    body.append('\n');
    return this;
  }

  /**
   * A Javadoc comment from its lines, written as given (they are Javadoc text already, with no
   * format codes: use {@link #type} for a type in it); none when there are no lines.
   */
  SourceFile javadoc(List<String> lines) {
    if (lines.isEmpty()) {
      return this;
    }
    line("/**");
    for (String text : lines) {
      for (int i = 0; i < indent; i++) {
        body.append(INDENT);
      }
      body.append(text.isEmpty() ? " *" : " * ").append(text).append('\n');
    }
    return line(" */");
  }

  /** {@link #javadoc(List)} of one line. */
  SourceFile javadoc(String line) {
    return javadoc(List.of(line));
  }

  /** A type as it is written here. */
  String type(JType type) {
    StringBuilder out = new StringBuilder();
    appendType(out, type);
    return out.toString();
  }

  /** The whole file: package, imports, then what was written. */
  String render() {
    StringBuilder out = new StringBuilder(body.length() + 1024);
    if (!packageName.isEmpty()) {
      out.append("package ").append(packageName).append(";\n\n");
    }
    for (String name : imports) {
      out.append("import ").append(name).append(";\n");
    }
    if (!imports.isEmpty()) {
      out.append('\n');
    }
    return out.append(body).toString();
  }

  private void format(String format, Object[] args) {
    int next = 0;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c != '$' || i + 1 == format.length()) {
        body.append(c);
        continue;
      }
      char code = format.charAt(++i);
      if (code == '$') {
        body.append('$');
      } else if (code == 'T') {
        appendType(body, (JType) args[next++]);
      } else if (code == 'N' || code == 'L') {
        body.append(args[next++]);
      } else if (code == 'S') {
        appendLiteral(body, (String) args[next++]);
      } else {
        throw new IllegalArgumentException("$" + code + " in " + format);
      }
    }
    if (next != args.length) {
      throw new IllegalArgumentException(args.length + " arguments for " + next + " in " + format);
    }
  }

  private void appendType(StringBuilder out, JType type) {
    if (type instanceof JType.Primitive p) {
      out.append(p.keyword());
    } else if (type instanceof JType.Array a) {
      appendType(out, a.component());
      out.append("[]");
    } else if (type instanceof JType.Wildcard w) {
      out.append("? extends ");
      appendType(out, w.upperBound());
    } else {
      JType.Named n = (JType.Named) type;
      if (n.topLevel().equals(self) && n.simpleNames().size() > 1 && indent > 0) {
        // A member type of the generated class, in scope inside its body.
        out.append(String.join(".", n.simpleNames().subList(1, n.simpleNames().size())));
      } else {
        out.append(reference(n));
        for (int i = 1; i < n.simpleNames().size(); i++) {
          out.append('.').append(n.simpleNames().get(i));
        }
      }
      if (!n.arguments().isEmpty()) {
        out.append('<');
        for (int i = 0; i < n.arguments().size(); i++) {
          if (i > 0) {
            out.append(", ");
          }
          appendType(out, n.arguments().get(i));
        }
        out.append('>');
      }
    }
  }

  /** How the top-level type of {@code type} is written: its simple name if that is free. */
  private String reference(JType.Named type) {
    String simple = type.simpleNames().get(0);
    String canonical = type.topLevel();
    if (canonical.equals(self)) {
      return simple;
    }
    if (shadowed.contains(simple)) {
      return canonical;
    }
    String owner = claimed.putIfAbsent(simple, canonical);
    if (owner != null && !owner.equals(canonical)) {
      return canonical;
    }
    if (owner == null && !type.packageName().equals("java.lang") && !type.packageName().equals(packageName)) {
      imports.add(canonical);
    }
    return simple;
  }

  /** {@code value} as a Java string literal; characters outside ASCII as unicode escapes. */
  static void appendLiteral(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c >= 0x7f) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
