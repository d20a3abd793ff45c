package io.apimodel.runtime.pprint;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Renders Java values the way CPython 3.11's {@code pprint.pformat(value)} prints the equivalent
 * Python value (width 80, indent 1, no depth limit, not compact, dict keys sorted). Used by
 * generated {@code toStr()} methods.
 *
 * <p>Java values map to Python values like this:
 *
 * <ul>
 *   <li>{@code null} → {@code None}; {@link Boolean} → {@code True} / {@code False}
 *   <li>{@link String} → {@code str}, quoted and escaped like Python's {@code repr}
 *   <li>{@link Integer}, {@link Long}, {@link Short}, {@link Byte}, {@link BigInteger} → {@code int}
 *   <li>{@link Double}, {@link Float} → {@code float} (a {@code Float} as the double it widens to),
 *       shown as Python's shortest repr ({@code 1e+23}, {@code 1e-05}, {@code nan}, {@code inf})
 *   <li>{@link BigDecimal} → {@code Decimal('1.50')} (Python's Decimal str is BigDecimal's
 *       {@code toString})
 *   <li>{@link UUID} → {@code UUID('…')}; {@link LocalDate} → {@code datetime.date(2024, 6, 7)}
 *   <li>{@link OffsetDateTime} → an aware {@code datetime.datetime}, cut to microseconds, with
 *       {@code datetime.timezone.utc} for offset 0
 *   <li>{@link List} → {@code list}; {@link Map} → {@code dict}
 *   <li>an {@link Enum} → its {@code name()} as a {@code str}
 *   <li>any other object → its {@code toString()} as a {@code str}
 * </ul>
 *
 * <p>Map keys are converted the same way. When they are all strings (the normal case) they sort
 * by code point, as Python sorts {@code str}. Other keys sort best-effort like Python would
 * compare them: {@code None} first, then numbers by value, then strings, then any other keys by
 * their repr. Widths count code points, like Python's {@code len}. Characters count as printable
 * by Python 3.11's (Unicode 14.0) rules when running on Java 17; on a newer JDK, characters added
 * after Unicode 14.0 print as themselves where Python 3.11 escapes them.
 *
 * <p>A list or map met again inside itself prints as pprint prints a recursive value,
 * {@code <Recursion on dict with id=…>}, with the identity hash code as the id. Keys that are distinct in Java but equal in Python (the enum constant
 * {@code RED} and the string {@code "RED"}, {@code 1} and {@code 1L}) are all printed.
 */
public final class PythonRepr {

  private static final int WIDTH = 80;

  private PythonRepr() {}

  /** What Python 3.11's {@code pprint.pformat} prints for the Python equivalent of {@code value}. */
  public static String pformat(Object value) {
    StringBuilder out = new StringBuilder();
    new Printer(out).format(PyValue.of(value), 0, 0, 0);
    return out.toString();
  }

  /** The layout part of Python's {@code pprint.PrettyPrinter}, for indent 1 and width 80. */
  private static final class Printer {
    private final StringBuilder out;

    Printer(StringBuilder out) {
      this.out = out;
    }

    /** {@code PrettyPrinter._format}. */
    void format(PyValue node, int indent, int allowance, int level) {
      if (node.reprLength > WIDTH - indent - allowance) {
        switch (node.kind) {
          case PyValue.DICT:
            pprintDict(node, indent, allowance);
            return;
          case PyValue.LIST:
            pprintList(node, indent, allowance);
            return;
          case PyValue.STR:
            pprintStr(node, indent, allowance, level + 1);
            return;
          default:
            break;
        }
      }
      out.append(node.repr);
    }

    /** {@code _pprint_dict} with {@code _format_dict_items}. */
    private void pprintDict(PyValue node, int indent, int allowance) {
      out.append('{');
      int itemIndent = indent + 1;
      int last = node.keys.size() - 1;
      for (int i = 0; i <= last; i++) {
        PyValue key = node.keys.get(i);
        out.append(key.repr).append(": ");
        format(node.items.get(i), itemIndent + key.reprLength + 2,
            i == last ? allowance + 1 : 1, 1);
        if (i != last) {
          newLine(itemIndent);
        }
      }
      out.append('}');
    }

    /** {@code _pprint_list} with {@code _format_items}. */
    private void pprintList(PyValue node, int indent, int allowance) {
      out.append('[');
      int itemIndent = indent + 1;
      int last = node.items.size() - 1;
      for (int i = 0; i <= last; i++) {
        if (i > 0) {
          newLine(itemIndent);
        }
        format(node.items.get(i), itemIndent, i == last ? allowance + 1 : 1, 1);
      }
      out.append(']');
    }

    private void newLine(int indent) {
      out.append(",\n").append(" ".repeat(indent));
    }

    /**
     * {@code _pprint_str}: a too long str becomes adjacent literals, one or more per line, split
     * after runs of whitespace; parenthesized only at the top level.
     */
    private void pprintStr(PyValue node, int indent, int allowance, int level) {
      if (node.text.isEmpty()) {
        out.append(node.repr);
        return;
      }
      List<String> chunks = new ArrayList<>();
      List<String> lines = PyStrings.splitLinesKeepEnds(node.text);
      if (level == 1) {
        indent += 1;
        allowance += 1;
      }
      int maxWidth = WIDTH - indent;
      int maxWidth1 = maxWidth;
      String rep = null;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        boolean lastLine = i == lines.size() - 1;
        rep = PyStrings.repr(line);
        if (lastLine) {
          maxWidth1 -= allowance;
        }
        if (PyStrings.length(rep) <= maxWidth1) {
          chunks.add(rep);
          continue;
        }
        List<String> parts = PyStrings.words(line);
        int maxWidth2 = maxWidth;
        StringBuilder current = new StringBuilder();
        PyStrings.ReprLength currentLength = new PyStrings.ReprLength();
        for (int j = 0; j < parts.size(); j++) {
          String part = parts.get(j);
          PyStrings.ReprLength partLength = new PyStrings.ReprLength().add(part);
          PyStrings.ReprLength candidateLength = currentLength.plus(partLength);
          if (j == parts.size() - 1 && lastLine) {
            maxWidth2 -= allowance;
          }
          if (candidateLength.length() > maxWidth2) {
            if (current.length() > 0) {
              chunks.add(PyStrings.repr(current.toString()));
            }
            current.setLength(0);
            current.append(part);
            currentLength = partLength;
          } else {
            current.append(part);
            currentLength = candidateLength;
          }
        }
        if (current.length() > 0) {
          chunks.add(PyStrings.repr(current.toString()));
        }
      }
      if (chunks.size() == 1) {
        out.append(rep);
        return;
      }
      if (level == 1) {
        out.append('(');
      }
      for (int i = 0; i < chunks.size(); i++) {
        if (i > 0) {
          out.append('\n').append(" ".repeat(indent));
        }
        out.append(chunks.get(i));
      }
      if (level == 1) {
        out.append(')');
      }
    }
  }
}
