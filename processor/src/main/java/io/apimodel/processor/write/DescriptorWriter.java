package io.apimodel.processor.write;

import io.apimodel.processor.model.Constraint;
import io.apimodel.processor.model.ModelSpec;
import io.apimodel.processor.model.Property;
import io.apimodel.processor.model.PropertyType;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the nested descriptor class: one row per property (name, JSON name, dict key, type,
 * flags, constraints) for the runtime's {@code ModelType}, and the switches through which it
 * reaches the fields.
 */
final class DescriptorWriter {

  private final ModelSpec model;
  private final MemberNames names;
  private final SourceFile file;
  private final JType.Named self;

  DescriptorWriter(ModelSpec model, MemberNames names, SourceFile file) {
    this.model = model;
    this.names = names;
    this.file = file;
    this.self = JType.of(model.generated());
  }

  void write() {
    file.javadoc(List.of(
        "What apimodel's runtime knows about {@link " + file.type(self) + "}: each property's name, JSON name,",
        "dict key, type, flags and constraints, and how to reach its field. Validation, {@code toDict()},",
        "{@code equals}/{@code hashCode}, builders' copies and the JSON mapping run on it."));
    file.open("private static final class $N extends $T {", names.descriptorClass, Types.MODEL_TYPE.of(self));
    constructor();
    create();
    get();
    set();
    if (model.hasDefaults()) {
      initDefault();
    }
    if (model.json().codec()) {
      codecHooks();
    }
    file.close().blank();
  }

  /** The runtime reads and writes nested instances (in unions, maps, lists of lists) with the codec too. */
  private void codecHooks() {
    String in = names.local("in");
    String out = names.local("out");
    String value = names.local("value");
    file.blank().line("@$T", Types.OVERRIDE);
    file.open("protected $T readJson($T $N) throws $T {", self, Types.JSON_INPUT, in, Types.IO_EXCEPTION)
        .line("return $N.read($N);", names.jsonClass, in).close().blank();
    file.line("@$T", Types.OVERRIDE);
    file.open("protected void writeJson($T $N, $T $N) throws $T {", self, value, Types.JSON_OUTPUT, out, Types.IO_EXCEPTION)
        .line("$N.write($N, $N);", names.jsonClass, value, out).close();
  }

  private void constructor() {
    file.open("private $N() {", names.descriptorClass);
    file.line("super($T.class, new $T[][] {", self, Types.OBJECT);
    file.line("    // property, JSON name, dict key, type, flags, constraints and aliases");
    List<Property> properties = model.properties();
    for (int i = 0; i < properties.size(); i++) {
      file.line("    {$L}$L", row(properties.get(i)), i < properties.size() - 1 ? "," : "");
    }
    file.line("});");
    file.close().blank();
  }

  private String row(Property property) {
    List<String> cells = new ArrayList<>();
    cells.add(literal(property.name()));
    cells.add(literal(property.jsonName()));
    cells.add(literal(property.dictKey()));
    cells.add(KindCode.descriptorKind(file, property.type(), names));
    cells.add(flags(property));
    String constraint = file.type(Types.CONSTRAINT);
    for (Constraint c : property.constraints()) {
      if (c instanceof Constraint.Range r) {
        cells.add(constraint + ".range(" + bound(r.min()) + ", " + bound(r.max()) + ")");
      } else if (c instanceof Constraint.Size s) {
        String max = s.max() == Integer.MAX_VALUE ? file.type(JType.named("java.lang", "Integer")) + ".MAX_VALUE" : "" + s.max();
        cells.add(constraint + ".size(" + s.min() + ", " + max + ")");
      } else if (c instanceof Constraint.Pattern p) {
        cells.add(constraint + ".pattern(" + literal(p.regex()) + ")");
      }
    }
    if (!property.aliases().isEmpty()) {
      List<String> aliases = new ArrayList<>();
      property.aliases().forEach(a -> aliases.add(literal(a)));
      cells.add("aliases(" + String.join(", ", aliases) + ")");
    }
    return String.join(", ", cells);
  }

  private String bound(long value) {
    if (value == Long.MIN_VALUE || value == Long.MAX_VALUE) {
      return file.type(JType.named("java.lang", "Long")) + (value == Long.MIN_VALUE ? ".MIN_VALUE" : ".MAX_VALUE");
    }
    return value + "L";
  }

  private static String flags(Property property) {
    List<String> flags = new ArrayList<>();
    if (property.required()) {
      flags.add("REQUIRED");
    }
    if (property.redacted()) {
      flags.add("REDACTED");
    }
    if (property.hasDefault()) {
      flags.add("DEFAULT");
    }
    if (Types.of(property.type()) instanceof JType.Primitive) {
      flags.add("PRIMITIVE");
    }
    return flags.isEmpty() ? "0" : String.join(" | ", flags);
  }

  private static String literal(String text) {
    StringBuilder out = new StringBuilder();
    SourceFile.appendLiteral(out, text);
    return out.toString();
  }

  private void create() {
    file.line("@$T", Types.OVERRIDE);
    file.open("protected $T create() {", self);
    file.line(model.hasDefaults() ? "return new $T(($T) null);" : "return new $T();", model.hasDefaults()
        ? new Object[] {self, Types.VOID} : new Object[] {self});
    file.close().blank();
  }

  private void get() {
    String target = names.local("model");
    String slot = names.local("slot");
    file.line("@$T", Types.OVERRIDE);
    file.open("protected $T get($T $N, int $N) {", Types.OBJECT, self, target, slot);
    file.open("switch ($N) {", slot);
    for (Property property : model.properties()) {
      file.line("case $N: return $N.$N;", names.slot(property), target, names.field(property));
    }
    for (Property property : model.properties()) {
      if (names.wireSlot(property) != null) {
        file.line("case $N: return $N.$N;", names.wireSlot(property), target, names.wireField(property));
      }
    }
    file.line("case $N: return $N.$N;", names.unknownSlot, target, names.unknownField);
    file.line("default: throw new $T($N);", JType.named("java.lang", "IndexOutOfBoundsException"), slot);
    file.close();
    file.close().blank();
  }

  private void set() {
    String target = names.local("model");
    String slot = names.local("slot");
    String value = names.local("value");
    file.line("@$T", Types.OVERRIDE);
    file.line("@$T($S)", Types.SUPPRESS_WARNINGS, "unchecked");
    file.open("protected void set($T $N, int $N, $T $N) {", self, target, slot, Types.OBJECT, value);
    file.open("switch ($N) {", slot);
    for (Property property : model.properties()) {
      JType type = Types.of(property.type()).boxed();
      if (type.equals(Types.OBJECT)) {
        file.line("case $N -> $N.$N = $N;", names.slot(property), target, names.field(property), value);
      } else {
        file.line("case $N -> $N.$N = ($T) $N;", names.slot(property), target, names.field(property), type, value);
      }
    }
    for (Property property : model.properties()) {
      if (names.wireSlot(property) != null && property.type() instanceof PropertyType.EnumRef) {
        file.line("case $N -> $N.$N = ($T) $N;", names.wireSlot(property), target, names.wireField(property),
            Types.STRING, value);
      } else if (names.wireSlot(property) != null) {
        file.line("case $N -> $N.$N = $N;", names.wireSlot(property), target, names.wireField(property), value);
      }
    }
    file.line("case $N -> $N.$N = ($T) $N;", names.unknownSlot, target, names.unknownField, Types.STRING_OBJECT_MAP, value);
    file.line("default -> throw new $T($N);", JType.named("java.lang", "IndexOutOfBoundsException"), slot);
    file.close();
    file.close().blank();
  }

  private void initDefault() {
    String target = names.local("model");
    String property = names.local("property");
    file.line("@$T", Types.OVERRIDE);
    file.open("protected void initDefault($T $N, int $N) {", self, target, property);
    file.open("switch ($N) {", property);
    for (Property p : model.properties()) {
      if (p.hasDefault()) {
        file.line("case $N -> $N.$N();", names.slot(p), target, names.initMethod(p));
      }
    }
    file.line("default -> super.initDefault($N, $N);", target, property);
    file.close();
    file.close();
  }
}
