package io.apimodel.processor.write;

import io.apimodel.processor.model.Constraint;
import io.apimodel.processor.model.ModelSpec;
import io.apimodel.processor.model.Property;
import io.apimodel.processor.model.PropertyType;
import io.apimodel.processor.model.ScalarKind;
import java.util.List;

/**
 * Writes the JSON codec that classes compiled with a Jackson's databind get: the nested {@code Json}
 * class, which reads and writes the fields directly (no reflection, member names encoded once) and
 * depends on no Jackson; {@link JacksonAdaptersWriter} writes the classes nested in it that adapt
 * it to each Jackson. The codecs of models that hold this one call its {@code read} and
 * {@code write} directly.
 */
final class CodecWriter {

  private final ModelSpec model;
  private final MemberNames names;
  private final SourceFile file;
  private final JType.Named self;
  private final String in;
  private final String out;
  private final String target;

  CodecWriter(ModelSpec model, MemberNames names, SourceFile file) {
    this.model = model;
    this.names = names;
    this.file = file;
    this.self = JType.of(model.generated());
    this.in = names.local("in");
    this.out = names.local("out");
    this.target = names.local("model");
  }

  /** The codec class of a generated class (its name depends on the class's simple name only). */
  static JType.Named codecOf(PropertyType.ModelRef model) {
    JType.Named type = JType.of(model.type());
    return type.nested(MemberNames.codecClass(type.simpleName()));
  }

  /** The nested codec class. */
  void write() {
    String lines = "Reads and writes {@link " + file.type(self) + "} as JSON: no reflection, member names encoded once."
        + " It depends on no Jackson: the nested classes below adapt it to "
        + (model.json() == ModelSpec.Json.BOTH ? "Jackson 2 and Jackson 3, which find" : "Jackson, which finds")
        + " them through the annotations on the class. The codecs of the models that hold this one call"
        + " {@link #read} and {@link #write} directly.";
    file.javadoc(Javadocs.wrap(lines, 96));
    file.open("public static final class $N {", names.jsonClass);
    file.line("private static final $T $N = $N.members();", Types.JSON_MEMBERS, names.membersField, names.descriptorField);
    for (Property property : model.properties()) {
      if (names.patternField(property) != null) {
        file.line("private static final $T $N = $N.pattern($N);", Types.STRING_PATTERN, names.patternField(property),
            names.descriptorField, names.slot(property));
      }
    }
    if (!wide()) {
      List<String> bits = model.properties().stream().filter(p -> p.hasChecks() && checkedOnRead(p))
          .map(p -> "1L << " + names.slot(p)).toList();
      file.javadoc(List.of("The properties whose checks {@link #read(" + file.type(Types.UTF8_CURSOR)
          + ")} makes as it reads them (ranges of numbers, sizes", "of lists and null items, models checked at their own end), not again at the object's end."));
      List<String> rows = new java.util.ArrayList<>();
      for (int i = 0; i < bits.size(); i += 3) {
        rows.add(String.join(" | ", bits.subList(i, Math.min(i + 3, bits.size()))));
      }
      if (rows.isEmpty()) {
        rows.add("0L");
      }
      for (int i = 0; i < rows.size(); i++) {
        String end = i == rows.size() - 1 ? ";" : "";
        if (i == 0) {
          file.line("private static final long $N = $L$L", names.checkedOnReadField, rows.get(0), end);
        } else {
          file.line("    | $L$L", rows.get(i), end);
        }
      }
    }
    file.blank();
    file.open("private $N() {", names.jsonClass).close().blank();
    read();
    readFast();
    CodecSerializerWriter writes = new CodecSerializerWriter(model, names, file);
    writes.writeMethod();
    for (boolean fast : new boolean[] {false, true}) {
      for (Property property : model.properties()) {
        if (property.type() instanceof PropertyType.ListOf list && direct(list.element())
            && names.wireField(property) == null) {
          listReader(property, list.element(), fast);
        }
      }
    }
    new JacksonAdaptersWriter(model, names, file).adapters();
    file.close().blank();
  }

  private void read() {
    String seen = names.local("seen");
    String member = names.local("member");
    boolean wide = model.properties().size() > 64;
    file.javadoc(List.of("Reads the object {@code " + in + "} is on and checks its own constraints at its end, telling",
        "{@code " + in + "} whether it passed; the caller reports a document's violations once, in order, with",
        "their paths. Wrong JSON types and repeated members fail with their path.", "",
        "@return the object, or null for JSON {@code null}"));
    file.open("public static $T read($T $N) throws $T {", self, Types.JSON_INPUT, in, Types.IO_EXCEPTION);
    startRead(seen, wide);
    file.open("for (int $N = $N.nextMember($N); $N != $T.END; $N = $N.nextMember($N)) {", member, in,
        names.membersField, member, Types.JSON_INPUT, member, in, names.membersField);
    readMembers(seen, member, wide, false);
    file.close();
    initDefaults(seen, wide);
    file.line("$N.afterRead($N, $N, $N);", names.descriptorField, target, seen, in);
    file.line("return $N;", target);
    file.close().blank();
  }

  /**
   * {@code read(Utf8Cursor)}: the same reader on the direct path's fast lane, which leaves
   * anything unusual to the reader above by a detour.
   */
  private void readFast() {
    String seen = names.local("seen");
    String member = names.local("member");
    boolean wide = model.properties().size() > 64;
    file.javadoc(List.of("Reads the object that starts at {@code " + in + "} as {@link #read(" + file.type(Types.JSON_INPUT)
            + ")} does, checked at its end, when",
        "its JSON is plainly right; anything else (a wrong type, a repeated member, a broken constraint,",
        "bad JSON) throws {@link " + file.type(Types.UTF8_CURSOR) + "#DETOUR}, and the document is read by that method instead.",
        "", "@return the object, or null for JSON {@code null}"));
    file.open("public static $T read($T $N) {", self, Types.UTF8_CURSOR, in);
    startRead(seen, wide);
    file.line("int $N = $N.firstMember($N);", member, in, names.membersField);
    file.open("while ($N != $T.END) {", member, Types.UTF8_CURSOR);
    readMembers(seen, member, wide, true);
    file.line("$N = $N.nextMember($N, $N);", member, in, names.membersField, member);
    file.close();
    initDefaults(seen, wide);
    if (wide) {
      file.line("$N.check($N, $N, $N);", in, names.descriptorField, target, seen);
    } else {
      file.line("$N.check($N, $N, $N, $N);", in, names.descriptorField, target, seen, names.checkedOnReadField);
    }
    file.line("return $N;", target);
    file.close().blank();
  }

  private boolean wide() {
    return model.properties().size() > 64;
  }

  /**
   * Whether the fast lane's reader makes every check of this property as it reads it, so that the
   * object's end need not: a model (checked at its own end), a number with only a {@code @Range}, a
   * string, an untyped value, a list read by a loop of its own with at most a {@code @Size} (its
   * null items detour); never a
   * {@code @Required} or {@code @Default} property, whose checks depend on more than the value read.
   */
  private boolean checkedOnRead(Property property) {
    if (property.required() || property.hasDefault()) {
      return false;
    }
    PropertyType type = property.type();
    List<Constraint> constraints = property.constraints();
    if (type instanceof PropertyType.ModelRef) {
      return constraints.isEmpty();
    }
    if (type instanceof PropertyType.Scalar scalar) {
      return switch (scalar.kind()) {
        case INT, LONG, DOUBLE -> constraints.stream().allMatch(c -> c instanceof Constraint.Range);
        case STRING -> true; // @Size and @Pattern, the only constraints a string takes, are checked as it is read
        default -> constraints.isEmpty(); // nothing read from JSON (an untyped value included) breaks a rule inside
      };
    }
    return type instanceof PropertyType.ListOf list && fastList(property, list)
        && constraints.stream().allMatch(c -> c instanceof Constraint.Size);
  }

  /** Numbers whose {@code @Range} the fast lane checks as it reads them. */
  private static boolean rangeChecked(PropertyType.Scalar scalar) {
    return scalar.kind() == ScalarKind.INT || scalar.kind() == ScalarKind.LONG || scalar.kind() == ScalarKind.DOUBLE;
  }

  /** Whether a list property is read by a loop of its own (see {@link #listReader}). */
  private boolean fastList(Property property, PropertyType.ListOf list) {
    return direct(list.element()) && names.wireField(property) == null;
  }

  /** The property's {@code @Size}, or null. */
  private static Constraint.Size sizeOf(Property property) {
    return property.constraints().stream().filter(c -> c instanceof Constraint.Size).map(c -> (Constraint.Size) c)
        .findFirst().orElse(null);
  }

  /** {@code , 0L, 100L}: the bounds of the property's {@code @Range} as arguments, or nothing. */
  private static String rangeArguments(Property property) {
    return property.constraints().stream().filter(c -> c instanceof Constraint.Range).map(c -> (Constraint.Range) c)
        .findFirst().map(r -> ", " + bound(r.min()) + ", " + bound(r.max())).orElse("");
  }

  private static String bound(long value) {
    return value == Long.MIN_VALUE ? "Long.MIN_VALUE" : value == Long.MAX_VALUE ? "Long.MAX_VALUE" : value + "L";
  }

  /** The start of both readers: null for JSON {@code null}, the new model and the members seen. */
  private void startRead(String seen, boolean wide) {
    file.open("if (!$N.startObject()) {", in).line("return null;").close();
    file.line(model.hasDefaults() ? "$T $N = new $T(($T) null);" : "$T $N = new $T();",
        model.hasDefaults() ? new Object[] {self, target, self, Types.VOID} : new Object[] {self, target, self});
    if (wide) {
      file.line("$T $N = new $T($L);", JType.named("java.util", "BitSet"), seen, JType.named("java.util", "BitSet"),
          model.properties().size());
    } else {
      file.line("long $N = 0L;", seen);
    }
  }

  /** The body of the loop over the members: unknown ones kept, each property read once. */
  private void readMembers(String seen, String member, boolean wide, boolean fast) {
    JType input = fast ? Types.UTF8_CURSOR : Types.JSON_INPUT;
    file.open("if ($N == $T.UNKNOWN) {", member, input);
    file.line("$N.$N = $N.unknown($N.$N);", target, names.unknownField, in, target, names.unknownField);
    if (fast) {
      file.line("$N = $N.nextMember($N, $T.UNKNOWN);", member, in, names.membersField, input);
    }
    file.line("continue;").close();
    file.line(wide ? "$N.once($N, $N);" : "$N = $N.once($N, $N);", wide ? new Object[] {in, seen, member}
        : new Object[] {seen, in, seen, member});
    file.open("switch ($N) {", member);
    for (Property property : model.properties()) {
      readMember(property, fast);
    }
    file.line("default -> throw new $T($N);", JType.named("java.lang", "IndexOutOfBoundsException"), member);
    file.close();
  }

  /**
   * Sets each {@code @Default} property that the JSON lacked (or, unless primitive, gave as
   * {@code null}) by its initializer, called here rather than through the descriptor's tables.
   */
  private void initDefaults(String seen, boolean wide) {
    for (Property property : model.properties()) {
      if (!property.hasDefault()) {
        continue;
      }
      if (Types.of(property.type()) instanceof JType.Primitive) {
        if (wide) {
          file.open("if (!$N.get($N)) {", seen, names.slot(property));
        } else {
          file.open("if (($N & (1L << $N)) == 0) {", seen, names.slot(property));
        }
      } else {
        file.open("if ($N.$N == null) {", target, names.field(property));
      }
      file.line("$N.$N();", target, names.initMethod(property)).close();
    }
  }

  private void readMember(Property property, boolean fast) {
    String field = target + "." + names.field(property);
    String slot = names.slot(property);
    property.type().accept(new PropertyType.Visitor<Void>() {
      @Override
      public Void scalar(PropertyType.Scalar scalar) {
        Scalars.Facts facts = Scalars.of(scalar.kind());
        String range = fast && rangeChecked(scalar) ? rangeArguments(property) : "";
        if (scalar.primitive()) {
          file.line("case $N -> $L = $N.$N($L$L);", slot, field, in, facts.readPrimitive(), field, range);
        } else if (fast && scalar.kind() == ScalarKind.STRING && sizeOf(property) != null) {
          Constraint.Size size = sizeOf(property);
          String pattern = names.patternField(property);
          file.line("case $N -> $L = $N.string($L, $L, $L);", slot, field, in, pattern == null ? "null" : pattern,
              size.min(), size.max() == Integer.MAX_VALUE ? "Integer.MAX_VALUE" : String.valueOf(size.max()));
        } else if (names.patternField(property) != null) {
          file.line("case $N -> $L = $N.string($N);", slot, field, in, names.patternField(property));
        } else {
          file.line("case $N -> $L = $N.$N($L);", slot, field, in, facts.json(), range.isEmpty() ? "" : range.substring(2));
        }
        return null;
      }

      @Override
      public Void enumeration(PropertyType.EnumRef enumeration) {
        if (names.wireField(property) == null) {
          file.line("case $N -> $L = $N.<$T>enumValue($N);", slot, field, in, JType.of(enumeration.type()),
              names.enumWire(enumeration));
          return null;
        }
        file.open("case $N -> {", slot);
        file.line("$L = $N.<$T>enumValue($N);", field, in, JType.of(enumeration.type()), names.enumWire(enumeration));
        file.line("$N.$N = $N.unknownWire();", target, names.wireField(property), in);
        file.close();
        return null;
      }

      @Override
      public Void model(PropertyType.ModelRef model) {
        file.line("case $N -> $L = $T.read($N);", slot, field, codecOf(model), in);
        return null;
      }

      @Override
      public Void union(PropertyType.UnionRef union) {
        general();
        return null;
      }

      @Override
      public Void list(PropertyType.ListOf list) {
        if (names.wireField(property) != null) {
          keepingWires();
        } else if (direct(list.element())) {
          file.line("case $N -> $L = $N($N);", slot, field, names.listReader(property), in);
        } else {
          general();
        }
        return null;
      }

      @Override
      public Void map(PropertyType.MapOf map) {
        if (names.wireField(property) != null) {
          keepingWires();
        } else if (isString(map.value())) {
          file.line("case $N -> $L = $N.stringMap();", slot, field, in);
        } else {
          general();
        }
        return null;
      }

      private void general() {
        file.line("case $N -> $L = $L;", slot, field, readValue());
      }

      /** A list or map of enums with a fallback: the unknown wire strings it held, beside it. */
      private void keepingWires() {
        file.open("case $N -> {", slot);
        file.line("$L = $L;", field, readValue());
        file.line("$N.$N = $L == null ? null : $N.overlay();", target, names.wireField(property), field, in);
        file.close();
      }

      /** A value read by its kind: the descriptor reads it from a JsonInput, the cursor hands it to one. */
      private String readValue() {
        String type = file.type(Types.of(property.type()).boxed());
        return fast
            ? in + ".<" + type + ">read(" + names.descriptorField + ", " + slot + ")"
            : names.descriptorField + ".<" + type + ">readValue(" + slot + ", " + in + ")";
      }
    });
  }

  static boolean isStringOrStringMap(PropertyType type) {
    return isString(type) || type instanceof PropertyType.MapOf map && isString(map.value());
  }

  /** Whether a list or map holds strings: the runtime reads and writes those without its kinds. */
  static boolean isString(PropertyType element) {
    return element instanceof PropertyType.Scalar s && s.kind() == ScalarKind.STRING;
  }

  /** Whether a list of this element type gets a loop of its own (scalars, enums, models). */
  static boolean direct(PropertyType element) {
    return !element.isContainer() && !(element instanceof PropertyType.UnionRef);
  }

  /** {@code readSubTasks(in)}: items read by direct calls the JIT can inline, into an array the list adopts. */
  private void listReader(Property property, PropertyType element, boolean fast) {
    String items = names.local("items");
    String size = names.local("size");
    JType type = Types.of(element).boxed();
    if (fast) {
      file.javadoc("{@link #" + names.listReader(property) + "(" + file.type(Types.JSON_INPUT)
          + ")} on the fast lane: the array that starts at {@code " + in + "}.");
      file.open("private static $T $N($T $N) {", Types.LIST.of(type), names.listReader(property), Types.UTF8_CURSOR, in);
    } else {
      file.javadoc("Reads the {@code " + property.name() + "} array {@code " + in + "} is on; null for JSON {@code null}.");
      file.open("private static $T $N($T $N) throws $T {", Types.LIST.of(type), names.listReader(property),
          Types.JSON_INPUT, in, Types.IO_EXCEPTION);
    }
    file.open("if (!$N.startArray()) {", in).line("return null;").close();
    file.line("$T[] $N = new $T[8];", Types.OBJECT, items, Types.OBJECT);
    file.line("int $N = 0;", size);
    if (fast) {
      String more = names.local("more");
      file.open("for (boolean $N = $N.firstItem(); $N; $N = $N.nextItem()) {", more, in, more, more, in);
    } else {
      file.open("while ($N.nextItem()) {", in);
    }
    file.open("if ($N == $N.length) {", size, items)
        .line("$N = $T.copyOf($N, $N * 2);", items, JType.named("java.util", "Arrays"), items, size).close();
    if (fast) {
      file.line("$N[$N++] = $N.nonNull($L);", items, size, in, readItem(element));
    } else {
      file.line("$N[$N++] = $L;", items, size, readItem(element));
    }
    file.close();
    if (fast) {
      Constraint.Size bounds = sizeOf(property);
      if (bounds != null) {
        file.line("$N.checkSize($N, $L, $L);", in, size, bounds.min(),
            bounds.max() == Integer.MAX_VALUE ? "Integer.MAX_VALUE" : String.valueOf(bounds.max()));
      }
    }
    file.line("return $T.<$T>adoptList($N, $N);", Types.VALUES, type, items, size);
    file.close().blank();
  }

  private String readItem(PropertyType element) {
    return element.accept(new PropertyType.Visitor<String>() {
      @Override
      public String scalar(PropertyType.Scalar scalar) {
        return in + "." + Scalars.of(scalar.kind()).json() + "()";
      }

      @Override
      public String enumeration(PropertyType.EnumRef enumeration) {
        return in + ".<" + file.type(JType.of(enumeration.type())) + ">enumValue(" + names.enumWire(enumeration) + ")";
      }

      @Override
      public String model(PropertyType.ModelRef model) {
        return file.type(codecOf(model)) + ".read(" + in + ")";
      }

      @Override
      public String union(PropertyType.UnionRef union) {
        throw new IllegalStateException("unions are read by the descriptor");
      }

      @Override
      public String list(PropertyType.ListOf list) {
        throw new IllegalStateException("nested lists are read by the descriptor");
      }

      @Override
      public String map(PropertyType.MapOf map) {
        throw new IllegalStateException("maps are read by the descriptor");
      }
    });
  }
}
