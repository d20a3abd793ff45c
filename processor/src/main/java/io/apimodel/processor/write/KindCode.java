package io.apimodel.processor.write;

import io.apimodel.processor.model.Property;
import io.apimodel.processor.model.PropertyType;
import io.apimodel.processor.model.ScalarKind;

/**
 * What the model class, its builder and its descriptor write for each kind of property type:
 * whether values are stored as frozen copies, how, whether a setter has anything to check, and
 * the runtime {@code Kind} that describes the type. Every answer comes from a
 * {@link PropertyType.Visitor}, so that a new kind does not compile until it is handled here.
 */
final class KindCode {

  private KindCode() {}

  /** Whether values are stored as unmodifiable deep copies: lists, maps and untyped values. */
  static boolean isFrozen(PropertyType type) {
    return type.accept(IS_FROZEN);
  }

  /**
   * Whether a setter has anything to check: constraints, {@code @Required}, null list items (not
   * nested models: {@code validate()} and {@code build()} check those).
   */
  static boolean setterChecks(Property property) {
    return property.required() || !property.constraints().isEmpty() || property.type().accept(HAS_ITEM_CHECKS);
  }

  /** {@code expression} made an unmodifiable deep copy where the type needs one. */
  static String frozen(SourceFile file, PropertyType type, String expression) {
    return type.accept(new PropertyType.Visitor<String>() {
      @Override
      public String scalar(PropertyType.Scalar scalar) {
        return scalar.kind() == ScalarKind.OBJECT
            ? file.type(Types.VALUES) + ".<" + file.type(Types.OBJECT) + ">freeze(" + expression + ")"
            : expression;
      }

      @Override
      public String enumeration(PropertyType.EnumRef enumeration) {
        return expression;
      }

      @Override
      public String model(PropertyType.ModelRef model) {
        return expression;
      }

      @Override
      public String union(PropertyType.UnionRef union) {
        return expression;
      }

      @Override
      public String list(PropertyType.ListOf list) {
        return file.type(Types.VALUES) + ".<" + file.type(Types.of(list.element()).boxed()) + ">frozenList("
            + expression + ")";
      }

      @Override
      public String map(PropertyType.MapOf map) {
        return file.type(Types.VALUES) + ".<" + file.type(Types.of(map.value()).boxed()) + ">frozenMap("
            + expression + ")";
      }
    });
  }

  /** The expression of the runtime {@code Kind} of a type, for the descriptor. */
  static String descriptorKind(SourceFile file, PropertyType type, MemberNames names) {
    String kinds = file.type(Types.KINDS);
    return type.accept(new PropertyType.Visitor<String>() {
      @Override
      public String scalar(PropertyType.Scalar scalar) {
        return kinds + "." + Scalars.of(scalar.kind()).kind();
      }

      @Override
      public String enumeration(PropertyType.EnumRef enumeration) {
        return kinds + ".enumeration(" + names.enumWire(enumeration) + ")";
      }

      @Override
      public String model(PropertyType.ModelRef model) {
        return kinds + ".model(" + file.type(JType.of(model.type())) + ".class)";
      }

      @Override
      public String union(PropertyType.UnionRef union) {
        return kinds + ".union(" + file.type(JType.of(union.type())) + ".class)";
      }

      @Override
      public String list(PropertyType.ListOf list) {
        if (list.element() instanceof PropertyType.Scalar s && s.kind() == ScalarKind.STRING) {
          return kinds + ".STRING_LIST";
        }
        return kinds + ".list(" + descriptorKind(file, list.element(), names) + ")";
      }

      @Override
      public String map(PropertyType.MapOf map) {
        if (map.value() instanceof PropertyType.Scalar s && s.kind() == ScalarKind.STRING) {
          return kinds + ".STRING_MAP";
        }
        return kinds + ".map(" + descriptorKind(file, map.value(), names) + ")";
      }
    });
  }

  private static final PropertyType.Visitor<Boolean> IS_FROZEN = new PropertyType.Visitor<>() {
    @Override
    public Boolean scalar(PropertyType.Scalar scalar) {
      return scalar.kind() == ScalarKind.OBJECT;
    }

    @Override
    public Boolean enumeration(PropertyType.EnumRef enumeration) {
      return false;
    }

    @Override
    public Boolean model(PropertyType.ModelRef model) {
      return false;
    }

    @Override
    public Boolean union(PropertyType.UnionRef union) {
      return false;
    }

    @Override
    public Boolean list(PropertyType.ListOf list) {
      return true;
    }

    @Override
    public Boolean map(PropertyType.MapOf map) {
      return true;
    }
  };

  /** Whether values can hold null list items (which setters report), at any depth. */
  private static final PropertyType.Visitor<Boolean> HAS_ITEM_CHECKS = new PropertyType.Visitor<>() {
    /** An {@code Object} value must have a JSON form, down to its items. */
    @Override
    public Boolean scalar(PropertyType.Scalar scalar) {
      return scalar.kind() == ScalarKind.OBJECT;
    }

    @Override
    public Boolean enumeration(PropertyType.EnumRef enumeration) {
      return false;
    }

    @Override
    public Boolean model(PropertyType.ModelRef model) {
      return false;
    }

    @Override
    public Boolean union(PropertyType.UnionRef union) {
      return false;
    }

    @Override
    public Boolean list(PropertyType.ListOf list) {
      return true;
    }

    @Override
    public Boolean map(PropertyType.MapOf map) {
      return map.value().accept(this);
    }
  };
}
