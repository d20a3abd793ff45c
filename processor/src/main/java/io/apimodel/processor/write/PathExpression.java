package io.apimodel.processor.write;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * A violation path as generated code builds it, {@code prefix + "subTasks[" + i0 + "]"}: literal
 * parts are merged so that the expression reads as a person would write it. It is only evaluated
 * when a violation is recorded.
 */
final class PathExpression {

  private final List<Object> parts; // String for a literal, Variable for a local

  private record Variable(String name) {}

  private PathExpression(List<Object> parts) {
    this.parts = parts;
  }

  /** {@code prefix + "name"}. */
  static PathExpression of(String prefixVariable, String propertyName) {
    return new PathExpression(new ArrayList<>(List.of(new Variable(prefixVariable), propertyName)));
  }

  PathExpression literal(String text) {
    List<Object> next = new ArrayList<>(parts);
    if (next.get(next.size() - 1) instanceof String last) {
      next.set(next.size() - 1, last + text);
    } else {
      next.add(text);
    }
    return new PathExpression(next);
  }

  PathExpression variable(String name) {
    List<Object> next = new ArrayList<>(parts);
    next.add(new Variable(name));
    return new PathExpression(next);
  }

  /** {@code path[var]}. */
  PathExpression index(String variable) {
    return literal("[").variable(variable).literal("]");
  }

  CodeBlock code() {
    CodeBlock.Builder code = CodeBlock.builder();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        code.add(" + ");
      }
      if (parts.get(i) instanceof Variable v) {
        code.add("$L", v.name());
      } else {
        code.add("$S", parts.get(i));
      }
    }
    return code.build();
  }
}
