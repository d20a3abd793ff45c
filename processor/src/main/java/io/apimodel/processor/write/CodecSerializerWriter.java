package io.apimodel.processor.write;

import io.apimodel.processor.model.ModelSpec;
import io.apimodel.processor.model.Property;
import io.apimodel.processor.model.PropertyType;

/**
 * The write half of the codec that {@link CodecWriter} writes: {@code Json.write(value, out)},
 * which writes the fields in property order (nulls left out, then the unknown fields); each
 * Jackson's serializer ({@link JacksonAdaptersWriter}) calls it.
 */
final class CodecSerializerWriter {

  private final ModelSpec model;
  private final MemberNames names;
  private final SourceFile file;
  private final JType.Named self;
  private final String out;

  CodecSerializerWriter(ModelSpec model, MemberNames names, SourceFile file) {
    this.model = model;
    this.names = names;
    this.file = file;
    this.self = JType.of(model.generated());
    this.out = names.local("out");
  }

  void writeMethod() {
    String value = names.local("value");
    file.javadoc("Writes {@code " + value + "} as a JSON object: JSON names in property order, nulls left out, then the unknown fields.");
    file.open("public static void write($T $N, $T $N) throws $T {", self, value, Types.JSON_OUTPUT, out, Types.IO_EXCEPTION);
    file.line("$N.startObject();", out);
    for (Property property : model.properties()) {
      String field = value + "." + names.field(property);
      boolean primitive = Types.of(property.type()) instanceof JType.Primitive;
      if (!primitive) {
        file.open("if ($L != null) {", field);
      }
      file.line("$N.name($N.name($N));", out, names.membersField, names.slot(property));
      writeValue(property, field, value);
      if (!primitive) {
        file.close();
      }
    }
    file.line("$N.unknown($N.$N);", out, value, names.unknownField);
    file.line("$N.endObject();", out);
    file.close().blank();
  }

  private void writeValue(Property property, String field, String value) {
    if (property.hasDefault() && CodecWriter.isStringOrStringMap(property.type())) {
      // nearly always the same value ($objectType, $reserved): written from its kept JSON text
      file.line("$N.writeDefaulted($N, $L, $N);", names.descriptorField, names.slot(property), field, out);
      return;
    }
    property.type().accept(new PropertyType.Visitor<Void>() {
      @Override
      public Void scalar(PropertyType.Scalar scalar) {
        file.line("$N.$N($L);", out, Scalars.of(scalar.kind()).json(), field);
        return null;
      }

      @Override
      public Void enumeration(PropertyType.EnumRef enumeration) {
        if (names.wireField(property) == null) {
          file.line("$N.string($N.wire($L));", out, names.enumWire(enumeration), field);
          return null;
        }
        String wire = value + "." + names.wireField(property);
        file.line("$N.string($L != null ? $L : $N.wire($L));", out, wire, wire, names.enumWire(enumeration), field);
        return null;
      }

      @Override
      public Void model(PropertyType.ModelRef model) {
        file.line("$T.write($L, $N);", CodecWriter.codecOf(model), field, out);
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
        } else if (CodecWriter.isString(list.element())) {
          file.line("$N.strings($L);", out, field);
        } else if (CodecWriter.direct(list.element())) {
          writeList(list.element(), field);
        } else {
          general();
        }
        return null;
      }

      @Override
      public Void map(PropertyType.MapOf map) {
        if (names.wireField(property) != null) {
          keepingWires();
        } else if (CodecWriter.isString(map.value())) {
          file.line("$N.stringMap($L);", out, field);
        } else {
          general();
        }
        return null;
      }

      private void general() {
        file.line("$N.writeValue($N, $L, $N);", names.descriptorField, names.slot(property), field, out);
      }

      private void keepingWires() {
        file.line("$N.writeValue($N, $L, $L, $N);", names.descriptorField, names.slot(property), field,
            value + "." + names.wireField(property), out);
      }
    });
  }

  /** A list of scalars, enums or models written with a loop of its own (direct, inlinable calls). */
  private void writeList(PropertyType element, String field) {
    String list = names.local("list");
    String item = names.local("item");
    String i = names.local("i");
    JType type = Types.of(element).boxed();
    file.line("$T $N = $L;", Types.LIST.of(type), list, field);
    file.line("$N.startArray();", out);
    file.open("for (int $N = 0; $N < $N.size(); $N++) {", i, i, list, i);
    file.line("$T $N = $N.get($N);", type, item, list, i);
    file.open("if ($N == null) {", item).line("$N.nullValue();", out);
    file.next("} else {");
    element.accept(new PropertyType.Visitor<Void>() {
      @Override
      public Void scalar(PropertyType.Scalar scalar) {
        file.line("$N.$N($N);", out, Scalars.of(scalar.kind()).json(), item);
        return null;
      }

      @Override
      public Void enumeration(PropertyType.EnumRef enumeration) {
        file.line("$N.string($N.wire($N));", out, names.enumWire(enumeration), item);
        return null;
      }

      @Override
      public Void model(PropertyType.ModelRef model) {
        file.line("$T.write($N, $N);", CodecWriter.codecOf(model), item, out);
        return null;
      }

      @Override
      public Void union(PropertyType.UnionRef union) {
        throw new IllegalStateException("unions are written by the descriptor");
      }

      @Override
      public Void list(PropertyType.ListOf inner) {
        throw new IllegalStateException("nested lists are written by the descriptor");
      }

      @Override
      public Void map(PropertyType.MapOf map) {
        throw new IllegalStateException("maps are written by the descriptor");
      }
    });
    file.close().close();
    file.line("$N.endArray();", out);
  }
}
