package io.apimodel.processor.write;

import io.apimodel.processor.model.Constraint;
import io.apimodel.processor.model.ModelSpec;
import io.apimodel.processor.model.Property;
import io.apimodel.processor.model.PropertyType;
import io.apimodel.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The names of everything one generated class declares besides what the contract names: fields,
 * constants, helper methods, nested classes, parameters and locals. They are allocated per model
 * against the property names, the names the class inherits and the simple names (and package
 * roots) of every type the class refers to, so that a property called {@code toJson}, a
 * {@code statusWire} beside an enum {@code status}, or a property {@code fqdn} beside a class
 * {@code FQDN} compiles into a working class. Writers take every name from here; none builds a name
 * that another writer has to match.
 */
final class MemberNames {

  /** Fields that the runtime classes our nested classes extend declare; no constant may hide by them. */
  private static final Set<String> INHERITED_BY_NESTED =
      Set.of("REQUIRED", "REDACTED", "DEFAULT", "PRIMITIVE", "F_MASK_INT_COERCIONS", "F_MASK_ACCEPT_ARRAYS",
          "_valueClass", "_valueType", "_handledType", "serialVersionUID", "FACTORY");

  /** Methods every generated class has by the contract, or from {@code Object}. */
  private static final Set<String> CONTRACT_METHODS =
      Set.of("toDict", "toStr", "validate", "builder", "toBuilder", "unknownFields", "putUnknownField",
          "equals", "hashCode", "toString", "getClass", "clone", "finalize", "wait", "notify", "notifyAll",
          "fromJson", "toJson", "toJsonBytes");

  final String builderClass;
  final String descriptorClass;
  final String jsonClass;

  final String descriptorField;
  final String unknownSlot;
  final String unknownField;
  final String draftField;
  final String membersField;
  /** The Json class's mask of the properties whose checks its fast-lane reader makes as it reads. */
  final String checkedOnReadField;
  final String readerField;
  final String writerField;
  final String fromTokens;
  final String toTokens;

  /** Whether the class gets {@code fromJson}/{@code toJson}/{@code toJsonBytes}: not when a property has the name. */
  final boolean fromJson;
  final boolean toJson;
  final boolean toJsonBytes;

  private final Map<Property, String> fields = new LinkedHashMap<>();
  private final Map<Property, String> slots = new LinkedHashMap<>();
  private final Map<Property, String> wireFields = new LinkedHashMap<>();
  private final Map<Property, String> wireSlots = new LinkedHashMap<>();
  private final Map<Property, String> parameters = new LinkedHashMap<>();
  private final Map<Property, String> initMethods = new LinkedHashMap<>();
  private final Map<Property, String> listReaders = new LinkedHashMap<>();
  private final Map<Property, String> patternFields = new LinkedHashMap<>();
  private final Map<String, String> enumWires = new LinkedHashMap<>();
  private final Allocator locals;

  MemberNames(ModelSpec model) {
    Set<String> typeNames = typeNames(model);
    String self = model.generated().simpleName();

    Allocator nested = new Allocator(typeNames);
    nested.reserve(self);
    nested.reserveAll(model.scope().memberTypes());
    builderClass = builderClass(self);
    jsonClass = codecClass(self);
    nested.reserve(builderClass);
    nested.reserve(jsonClass);
    descriptorClass = nested.allocate("Descriptor");

    Allocator variables = new Allocator(typeNames);
    variables.reserveAll(model.scope().fields());
    variables.reserveAll(INHERITED_BY_NESTED);
    for (Property property : model.properties()) {
      fields.put(property, variables.allocate(property.name()));
    }
    for (Property property : model.properties()) {
      if (keepsUnknownWire(property)) {
        wireFields.put(property, variables.allocate(property.name() + "Wire"));
      }
    }
    unknownField = variables.allocate("unknownFields");
    for (Property property : model.properties()) {
      slots.put(property, variables.allocate(constantCase(property.name())));
    }
    for (Property property : model.properties()) {
      if (keepsUnknownWire(property)) {
        wireSlots.put(property, variables.allocate(constantCase(property.name()) + "_WIRE"));
      }
    }
    unknownSlot = variables.allocate("UNKNOWN_FIELDS");
    for (Property property : model.properties()) {
      PropertyType.EnumRef e = enumIn(property.type());
      if (e != null && !enumWires.containsKey(e.type().canonicalName())) {
        enumWires.put(e.type().canonicalName(), variables.allocate(constantCase(e.type().simpleName()) + "_WIRES"));
      }
    }
    descriptorField = variables.allocate("DESCRIPTOR");
    membersField = variables.allocate("MEMBERS");
    checkedOnReadField = variables.allocate("CHECKED_ON_READ");
    readerField = variables.allocate("READER");
    writerField = variables.allocate("WRITER");
    draftField = variables.allocate("draft");
    for (Property property : model.properties()) {
      if (property.constraints().stream().anyMatch(c -> c instanceof Constraint.Pattern)) {
        patternFields.put(property, variables.allocate(constantCase(property.name()) + "_PATTERN"));
      }
    }

    Allocator methods = new Allocator(Set.of());
    methods.reserveAll(CONTRACT_METHODS);
    for (Property property : model.properties()) {
      methods.reserve(property.methodName());
      methods.reserve(property.name());
      methods.reserve("set" + property.capitalized());
    }
    for (Property property : model.properties()) {
      if (property.hasDefault()) {
        initMethods.put(property, methods.allocate("init" + property.capitalized()));
      }
    }
    fromTokens = methods.allocate("fromJsonTokens");
    toTokens = methods.allocate("toJsonTokens");
    Set<String> propertyMethods = new HashSet<>();
    model.properties().forEach(p -> propertyMethods.add(p.methodName()));
    fromJson = !propertyMethods.contains("fromJson");
    toJson = !propertyMethods.contains("toJson");
    toJsonBytes = !propertyMethods.contains("toJsonBytes");

    Allocator jsonMethods = new Allocator(Set.of());
    jsonMethods.reserveAll(Set.of("read", "write", "readObject", "writeObject", "readValidated", "deserialize",
        "serialize", "fromJson", "toJson", "toJsonBytes", "handledType"));
    for (Property property : model.properties()) {
      if (property.type() instanceof PropertyType.ListOf) {
        listReaders.put(property, jsonMethods.allocate("read" + property.capitalized()));
      }
    }

    // Parameters and locals are variables too: they must not hide a type or one of our constants.
    Set<String> reserved = new HashSet<>(typeNames);
    reserved.addAll(slots.values());
    reserved.addAll(wireSlots.values());
    reserved.addAll(enumWires.values());
    reserved.addAll(List.of(unknownSlot, descriptorField, membersField, checkedOnReadField, readerField, writerField));
    reserved.addAll(patternFields.values());
    locals = new Allocator(reserved);
    for (Property property : model.properties()) {
      parameters.put(property, new Allocator(reserved).allocate(property.name()));
    }
  }

  /**
   * Whether a property keeps the wire strings of unknown enum constants that it read: an enum
   * whose enum has a fallback constant (without one, an unknown wire string is an error), or a
   * list or map (at any depth) of such enums. The runtime's descriptor gives such properties a
   * slot of their own by the same rule.
   */
  static boolean keepsUnknownWire(Property property) {
    return keepsUnknownWire(property.type());
  }

  static boolean keepsUnknownWire(PropertyType type) {
    if (type instanceof PropertyType.EnumRef e) {
      return e.fallbackConstant() != null;
    }
    if (type instanceof PropertyType.ListOf list) {
      return keepsUnknownWire(list.element());
    }
    return type instanceof PropertyType.MapOf map && keepsUnknownWire(map.value());
  }

  /**
   * The codec class nested in a generated class of this simple name: a name that the codecs of
   * other models rely on, so it depends on nothing but that simple name.
   */
  static String codecClass(String modelSimpleName) {
    return modelSimpleName.equals("Json") ? "JsonCodec" : "Json";
  }

  /** The builder class nested in a generated class of this simple name ({@code Task.Builder}). */
  static String builderClass(String modelSimpleName) {
    return modelSimpleName.equals("Builder") ? "BuilderBuilder" : "Builder";
  }

  /** The field that holds a property. */
  String field(Property property) {
    return fields.get(property);
  }

  /** The constant that numbers a property's slot (and JSON member). */
  String slot(Property property) {
    return slots.get(property);
  }

  /** The field that keeps an enum property's unknown wire string. */
  String wireField(Property property) {
    return wireFields.get(property);
  }

  /** The slot constant of an enum property's unknown wire string. */
  String wireSlot(Property property) {
    return wireSlots.get(property);
  }

  /** The parameter name of a property's setter and builder method. */
  String parameter(Property property) {
    return parameters.get(property);
  }

  /** The method that sets a {@code @Default} property to its default. */
  String initMethod(Property property) {
    return initMethods.get(property);
  }

  /** The codec's method that reads a list property. */
  String listReader(Property property) {
    return listReaders.get(property);
  }

  /** The codec's constant holding a {@code @Pattern} property's compiled expression; null for other properties. */
  String patternField(Property property) {
    return patternFields.get(property);
  }

  /** The constant holding the wire strings of an enum. */
  String enumWire(PropertyType.EnumRef e) {
    return enumWires.get(e.type().canonicalName());
  }

  /** Every enum the properties use, by canonical name, with the constant of its wire strings. */
  Map<String, String> enumWires() {
    return enumWires;
  }

  /** A local variable or fixed parameter name ({@code in}, {@code out}, {@code model}), the same for the whole class. */
  String local(String preferred) {
    return locals.allocateOnce(preferred);
  }

  /** {@code extId} to {@code EXT_ID}, {@code vmUUID} to {@code VM_UUID}. */
  static String constantCase(String name) {
    String snake = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2");
    String upper = snake.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
    return Character.isJavaIdentifierStart(upper.charAt(0)) ? upper : "_" + upper;
  }

  /** The enum a property holds, directly or as the items of (nested) lists and maps. */
  static PropertyType.EnumRef enumIn(PropertyType type) {
    return type.accept(new PropertyType.Visitor<PropertyType.EnumRef>() {
      @Override
      public PropertyType.EnumRef scalar(PropertyType.Scalar scalar) {
        return null;
      }

      @Override
      public PropertyType.EnumRef enumeration(PropertyType.EnumRef enumeration) {
        return enumeration;
      }

      @Override
      public PropertyType.EnumRef model(PropertyType.ModelRef model) {
        return null;
      }

      @Override
      public PropertyType.EnumRef union(PropertyType.UnionRef union) {
        return null;
      }

      @Override
      public PropertyType.EnumRef list(PropertyType.ListOf list) {
        return enumIn(list.element());
      }

      @Override
      public PropertyType.EnumRef map(PropertyType.MapOf map) {
        return enumIn(map.value());
      }
    });
  }

  /**
   * Simple names of every type the class may name, and the first segments of their packages:
   * variables of these names would hide them.
   */
  private static Set<String> typeNames(ModelSpec model) {
    Set<String> names = new HashSet<>();
    List<TypeRef> refs = new ArrayList<>();
    refs.add(model.modelInterface());
    refs.add(model.generated());
    for (Property property : model.properties()) {
      collectRefs(property.type(), refs);
    }
    for (TypeRef ref : refs) {
      names.add(ref.simpleNames().get(0));
      names.add(ref.simpleName());
      names.add(root(ref.packageName()));
    }
    for (JType.Named type : Types.USED) {
      names.add(type.simpleNames().get(0));
      names.add(root(type.packageName()));
    }
    names.addAll(List.of("java", "Boolean", "Integer", "Long", "Double", "BigDecimal", "BigInteger", "UUID",
        "OffsetDateTime", "LocalDate", "math", "time", "util"));
    names.addAll(model.scope().memberTypes());
    names.remove("");
    return names;
  }

  private static void collectRefs(PropertyType type, List<TypeRef> out) {
    type.accept(new PropertyType.Visitor<Void>() {
      @Override
      public Void scalar(PropertyType.Scalar scalar) {
        return null;
      }

      @Override
      public Void enumeration(PropertyType.EnumRef enumeration) {
        out.add(enumeration.type());
        return null;
      }

      @Override
      public Void model(PropertyType.ModelRef model) {
        out.add(model.type());
        return null;
      }

      @Override
      public Void union(PropertyType.UnionRef union) {
        out.add(union.type());
        return null;
      }

      @Override
      public Void list(PropertyType.ListOf list) {
        collectRefs(list.element(), out);
        return null;
      }

      @Override
      public Void map(PropertyType.MapOf map) {
        collectRefs(map.value(), out);
        return null;
      }
    });
  }

  private static String root(String packageName) {
    int dot = packageName.indexOf('.');
    return dot < 0 ? packageName : packageName.substring(0, dot);
  }

  /** Hands out names: the preferred one if it is free, else with {@code _} appended until it is. */
  private static final class Allocator {
    private final Set<String> taken;
    private final Map<String, String> once = new LinkedHashMap<>();

    Allocator(Set<String> reserved) {
      this.taken = new HashSet<>(reserved);
    }

    void reserve(String name) {
      taken.add(name);
    }

    void reserveAll(Iterable<String> names) {
      names.forEach(taken::add);
    }

    String allocate(String preferred) {
      String name = preferred;
      while (taken.contains(name) || SourceVersion.isKeyword(name)) {
        name = name + "_";
      }
      taken.add(name);
      return name;
    }

    /** The same name on every call with the same preferred name. */
    String allocateOnce(String preferred) {
      return once.computeIfAbsent(preferred, this::allocate);
    }
  }
}
