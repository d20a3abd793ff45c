package io.apimodel.processor.read;

import io.apimodel.processor.model.ModelSpec;
import io.apimodel.processor.model.TypeRef;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** The names a generated class sees besides its own members: what it inherits, what its package hides. */
final class ScopeReader {

  /** The {@code java.lang} types that generated code names by their simple names. */
  static final List<String> JAVA_LANG_USED =
      List.of("Boolean", "Class", "Deprecated", "Double", "IllegalArgumentException",
          "IndexOutOfBoundsException", "Integer", "Iterable", "Long", "Object", "Override", "String",
          "SafeVarargs", "SuppressWarnings", "Void");

  private ScopeReader() {}

  static ModelSpec.Scope scope(Elements elements, TypeElement type, TypeRef generated, KnownModels known) {
    Set<String> memberTypes = new LinkedHashSet<>();
    Set<String> fields = new LinkedHashSet<>();
    collect(type, memberTypes, fields, new LinkedHashSet<>());
    Set<String> packageTypes = new LinkedHashSet<>();
    String pkg = generated.packageName();
    for (String name : JAVA_LANG_USED) {
      String qualified = pkg.isEmpty() ? name : pkg + "." + name;
      if (known.isGenerated(qualified) || elements.getTypeElement(qualified) != null) {
        packageTypes.add(name);
      }
    }
    return new ModelSpec.Scope(memberTypes, fields, packageTypes);
  }

  private static void collect(TypeElement type, Set<String> memberTypes, Set<String> fields, Set<TypeElement> seen) {
    if (!seen.add(type)) {
      return;
    }
    for (Element member : type.getEnclosedElements()) {
      ElementKind kind = member.getKind();
      if (kind.isClass() || kind.isInterface()) {
        memberTypes.add(member.getSimpleName().toString());
      } else if (kind == ElementKind.FIELD) {
        fields.add(member.getSimpleName().toString());
      }
    }
    for (TypeMirror parent : type.getInterfaces()) {
      if (parent.getKind() == TypeKind.DECLARED) {
        collect((TypeElement) ((DeclaredType) parent).asElement(), memberTypes, fields, seen);
      }
    }
  }
}
