package io.apimodel.processor.write;

import io.apimodel.processor.model.ModelSpec;
import io.apimodel.processor.model.Property;
import io.apimodel.processor.model.PropertyType;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the nested {@code Builder}: a draft instance that fluent methods fill in, and
 * {@code build()}, which hands the draft to the descriptor for an unmodifiable, checked copy.
 */
final class BuilderWriter {

  private final ModelSpec model;
  private final MemberNames names;
  private final SourceFile file;
  private final JType.Named self;
  private final JType.Named builder;

  BuilderWriter(ModelSpec model, MemberNames names, SourceFile file) {
    this.model = model;
    this.names = names;
    this.file = file;
    this.self = JType.of(model.generated());
    this.builder = self.nested(names.builderClass);
  }

  void write() {
    file.javadoc(List.of("Builds {@link " + file.type(self) + "} instances. {@link #build()} checks every constraint of the",
        "whole object graph and reports all violations at once."));
    file.open("public static final class $N {", names.builderClass);
    file.line("private final $T $N;", self, names.draftField).blank();
    String draft = names.local("draft");
    file.open("private $N($T $N) {", names.builderClass, self, draft).line("this.$N = $N;", names.draftField, draft).close().blank();
    for (Property property : model.properties()) {
      fluent(property);
      property.type().accept(new PropertyType.Visitor<Void>() {
        @Override
        public Void scalar(PropertyType.Scalar scalar) {
          return null;
        }

        @Override
        public Void enumeration(PropertyType.EnumRef enumeration) {
          return null;
        }

        @Override
        public Void model(PropertyType.ModelRef model) {
          return null;
        }

        @Override
        public Void union(PropertyType.UnionRef union) {
          return null;
        }

        @Override
        public Void list(PropertyType.ListOf list) {
          add(property, list);
          addAll(property, list);
          return null;
        }

        @Override
        public Void map(PropertyType.MapOf map) {
          put(property, map);
          return null;
        }
      });
    }
    putUnknownField();
    build();
    file.close().blank();
  }

  private String draft(Property property) {
    return "this." + names.draftField + "." + names.field(property);
  }

  private void fluent(Property property) {
    String param = names.parameter(property);
    List<String> doc = new ArrayList<>(Javadocs.property(property));
    if (!doc.isEmpty()) {
      doc.add("");
      doc.add("@param " + param + " the value" + (property.type().isContainer() ? " (copied; null unsets it)" : ""));
      doc.add("@return this builder");
    }
    file.javadoc(doc);
    file.open("public $T $N($T $N) {", builder, property.name(), Types.of(property.type()), param);
    file.line("$L = $L;", draft(property), KindCode.frozen(file, property.type(), param));
    if (names.wireField(property) != null) {
      file.line("this.$N.$N = null;", names.draftField, names.wireField(property));
    }
    file.line("return this;").close().blank();
  }

  private void add(Property property, PropertyType.ListOf list) {
    JType element = Types.of(list.element()).boxed();
    String items = names.local("items");
    file.javadoc(List.of("Adds items to {@code " + property.name() + "}.", "", "@param " + items + " the items to add",
        "@return this builder"));
    if (element instanceof JType.Named n && !n.arguments().isEmpty()) {
      file.line("@$T", JType.named("java.lang", "SafeVarargs"));
      file.line("@$T($S)", Types.SUPPRESS_WARNINGS, "varargs"); // the items are only read
      file.open("public final $T add$N($T... $N) {", builder, property.capitalized(), element, items);
    } else {
      file.open("public $T add$N($T... $N) {", builder, property.capitalized(), element, items);
    }
    file.line("$L = $T.<$T>add($L, $N);", draft(property), Types.VALUES, element, draft(property), items);
    forgetWires(property);
    file.line("return this;").close().blank();
  }

  private void addAll(Property property, PropertyType.ListOf list) {
    JType element = Types.of(list.element()).boxed();
    String items = names.local("items");
    file.javadoc(List.of("Adds every item of {@code " + items + "} to {@code " + property.name() + "}.", "",
        "@param " + items + " the items to add", "@return this builder"));
    file.open("public $T addAll$N($T $N) {", builder, property.capitalized(),
        Types.ITERABLE.of(new JType.Wildcard(element)), items);
    file.line("$L = $T.<$T>addAll($L, $N);", draft(property), Types.VALUES, element, draft(property), items);
    forgetWires(property);
    file.line("return this;").close().blank();
  }

  private void put(Property property, PropertyType.MapOf map) {
    JType value = Types.of(map.value()).boxed();
    String key = names.local("key");
    String v = names.local("value");
    file.javadoc(List.of("Puts one entry into {@code " + property.name() + "}.", "", "@param " + key + " the key",
        "@param " + v + " the value", "@return this builder"));
    file.open("public $T put$N($T $N, $T $N) {", builder, property.capitalized(), Types.STRING, key, value, v);
    file.line("$L = $T.<$T>put($L, $N, $N);", draft(property), Types.VALUES, value, draft(property), key, v);
    forgetWires(property);
    file.line("return this;").close().blank();
  }

  /** A list or map changed through the builder no longer holds the unknown wire strings it was read with. */
  private void forgetWires(Property property) {
    if (names.wireField(property) != null) {
      file.line("this.$N.$N = null;", names.draftField, names.wireField(property));
    }
  }

  private void putUnknownField() {
    String name = names.local("name");
    String value = names.local("value");
    file.javadoc(List.of("Adds or replaces a member that no property claims (see {@link " + file.type(self) + "#putUnknownField}).",
        "", "@param " + name + " the JSON member name", "@param " + value + " any JSON value", "@return this builder"));
    file.open("public $T putUnknownField($T $N, $T $N) {", builder, Types.STRING, name, Types.OBJECT, value);
    file.line("this.$N.putUnknownField($N, $N);", names.draftField, name, value);
    file.line("return this;").close().blank();
  }

  private void build() {
    file.javadoc(List.of("Builds the object after checking every constraint of the whole object graph.", "",
        "@return a valid {@link " + file.type(self) + "} holding unmodifiable copies of lists and maps",
        "@throws " + file.type(Types.MODEL_VALIDATION_EXCEPTION)
            + " listing every violation, with paths such as {@code subTasks[2].extId}"));
    file.open("public $T build() {", self);
    file.line("return $N.build(this.$N);", names.descriptorField, names.draftField);
    file.close();
  }
}
