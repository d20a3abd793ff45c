package io.apimodel.runtime.internal;

import io.apimodel.runtime.ApiUnion;
import io.apimodel.runtime.Violation;
import io.apimodel.runtime.pprint.PythonRepr;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The descriptor of a union class generated from a {@code @OneOf} interface: its variants, in
 * declaration order, each with the shape its JSON has and, for models and lists of models, its
 * discriminator; then the tables that take a JSON value to its variant with one lookup
 * ({@link UnionReader}). The generated class holds a variant's index (its {@code Kind}'s ordinal)
 * and value; this class does the rest: freezing values, validation, {@code toDict()},
 * {@code toString()}, JSON.
 *
 * @param <U> the generated union class
 */
public final class UnionType<U extends ApiUnion> {

  /** Makes an instance of the generated class, for a read. */
  @FunctionalInterface
  public interface Factory<U> {
    /**
     * @param variant the index of the variant (its {@code Kind}'s ordinal); the number of
     *     variants for {@code UNKNOWN}
     * @param value its value, never null
     */
    U make(int variant, Object value);
  }

  /** The JSON shape of a variant: what decides that a JSON value is one. */
  enum Shape {
    MODEL, MODEL_LIST, STRING, BOOLEAN, INTEGER, LONG, BIG_DECIMAL, DOUBLE, SCALAR_LIST, STRING_MAP
  }

  /** One variant: its shape, its discriminator (models and lists of models) and its kind. */
  public static final class Variant {
    final Shape shape;
    /** For {@link Shape#SCALAR_LIST}: the items' shape; else the same as {@link #shape}. */
    final Shape itemShape;
    final String discriminator;
    final Kind kind;
    /** For lists: the kind of the items. */
    final Kind items;

    private Variant(Shape shape, Shape itemShape, String discriminator, Kind kind, Kind items) {
      this.shape = shape;
      this.itemShape = itemShape;
      this.discriminator = discriminator;
      this.kind = kind;
      this.items = items;
    }
  }

  /** A variant that is a generated model whose JSON objects carry {@code $objectType} = {@code discriminator}. */
  public static Variant model(String discriminator, Class<?> type) {
    Kind kind = Kinds.model(type);
    return new Variant(Shape.MODEL, Shape.MODEL, discriminator, kind, kind);
  }

  /** A variant that is a list of generated models whose items carry {@code $objectType} = {@code discriminator}. */
  public static Variant modelList(String discriminator, Class<?> type) {
    Kind items = Kinds.model(type);
    return new Variant(Shape.MODEL_LIST, Shape.MODEL, discriminator, Kinds.list(items), items);
  }

  /** A variant that is a scalar: {@code String}, {@code Boolean}, {@code Integer}, {@code Long}, {@code Double} or {@code BigDecimal}. */
  public static Variant scalar(Class<?> type) {
    Shape shape = scalarShape(type);
    Kind kind = scalarKind(shape);
    return new Variant(shape, shape, null, kind, kind);
  }

  /** A variant that is a list of a scalar ({@link #scalar(Class)}'s types). */
  public static Variant scalarList(Class<?> type) {
    Shape items = scalarShape(type);
    Kind kind = scalarKind(items);
    return new Variant(Shape.SCALAR_LIST, items, null, Kinds.list(kind), kind);
  }

  /** A variant that is a {@code Map<String, String>}. */
  public static Variant stringMap() {
    return new Variant(Shape.STRING_MAP, Shape.STRING_MAP, null, Kinds.STRING_MAP, Kinds.STRING);
  }

  private static Shape scalarShape(Class<?> type) {
    if (type == String.class) {
      return Shape.STRING;
    } else if (type == Boolean.class) {
      return Shape.BOOLEAN;
    } else if (type == Integer.class) {
      return Shape.INTEGER;
    } else if (type == Long.class) {
      return Shape.LONG;
    } else if (type == Double.class) {
      return Shape.DOUBLE;
    } else if (type == BigDecimal.class) {
      return Shape.BIG_DECIMAL;
    }
    throw new IllegalArgumentException(type.getName() + " is not a scalar a union variant can be");
  }

  private static Kind scalarKind(Shape shape) {
    return switch (shape) {
      case STRING -> Kinds.STRING;
      case BOOLEAN -> Kinds.BOOLEAN;
      case INTEGER -> Kinds.INT;
      case LONG -> Kinds.LONG;
      case DOUBLE -> Kinds.DOUBLE;
      case BIG_DECIMAL -> Kinds.BIG_DECIMAL;
      default -> throw new IllegalArgumentException(shape.name());
    };
  }

  /** Each generated union class's descriptor, registered when the class initializes. */
  private static final Descriptors<UnionType<?>> TYPES = new Descriptors<>();

  private final Class<U> type;
  private final Factory<U> factory;
  final Variant[] variants;
  /** The index {@code UNKNOWN} stands at: the number of variants. */
  final int unknown;
  final Map<String, Integer> models = new HashMap<>();
  final Map<String, Integer> modelLists = new HashMap<>();
  /** Per {@link Shape}, the first variant of that shape (for scalar lists: of that item shape); -1 for none. */
  final int[] byShape = new int[Shape.values().length];
  final int[] scalarListByItems = new int[Shape.values().length];
  /** The only model variant, the only list of models, the only list of any kind; -1 unless exactly one. */
  final int onlyModel;
  final int onlyModelList;
  final int onlyList;
  private final UnionReader reader;

  /**
   * Describes a generated union class.
   *
   * @param type the class
   * @param factory makes instances for a read
   * @param variants the variants in declaration order
   */
  public UnionType(Class<U> type, Factory<U> factory, Variant... variants) {
    this.type = type;
    this.factory = factory;
    this.variants = variants.clone();
    this.unknown = variants.length;
    java.util.Arrays.fill(byShape, -1);
    java.util.Arrays.fill(scalarListByItems, -1);
    int model = -1;
    int modelList = -1;
    int list = -1;
    int models = 0;
    int modelLists = 0;
    int lists = 0;
    for (int i = 0; i < variants.length; i++) {
      Variant v = variants[i];
      if (v.shape == Shape.MODEL) {
        this.models.putIfAbsent(v.discriminator, i);
        model = i;
        models++;
      } else if (v.shape == Shape.MODEL_LIST) {
        this.modelLists.putIfAbsent(v.discriminator, i);
        modelList = i;
        modelLists++;
      } else if (v.shape == Shape.SCALAR_LIST && scalarListByItems[v.itemShape.ordinal()] < 0) {
        scalarListByItems[v.itemShape.ordinal()] = i;
      }
      if (v.shape == Shape.MODEL_LIST || v.shape == Shape.SCALAR_LIST) {
        list = i;
        lists++;
      }
      if (byShape[v.shape.ordinal()] < 0) {
        byShape[v.shape.ordinal()] = i;
      }
    }
    this.onlyModel = models == 1 ? model : -1;
    this.onlyModelList = modelLists == 1 ? modelList : -1;
    this.onlyList = lists == 1 ? list : -1;
    this.reader = new UnionReader(this);
    TYPES.register(type, this);
  }

  /** The descriptor of a generated union class, initializing the class if need be. */
  static UnionType<?> of(Class<?> type) {
    UnionType<?> found = TYPES.find(type);
    if (found == null) {
      throw new IllegalArgumentException(type.getName() + " is not a union class generated by apimodel");
    }
    return found;
  }

  /** The descriptor of a union's class. */
  static UnionType<?> ofInstance(ApiUnion union) {
    return of(union.getClass());
  }

  // ---- For the generated class ---------------------------------------------------------------

  /**
   * A factory's argument made the value of variant {@code variant}: never null; a list or map
   * stored as an unmodifiable copy (its null items are kept, for validation to report).
   */
  public <T> T held(int variant, T value) {
    Objects.requireNonNull(value, "value");
    @SuppressWarnings("unchecked")
    T frozen = (T) variants[variant].kind.freeze(value);
    return frozen;
  }

  /** The generated {@code toString()}: Python's {@code pprint.pformat} of the union's dict value, redacted. */
  public String toStr(U union) {
    return PythonRepr.pformat(dict(union, new DictWalk(true)));
  }

  // ---- For the runtime -------------------------------------------------------------------------

  /** The kind of the value a union holds. */
  Kind kindOf(ApiUnion union) {
    int index = union.kind().ordinal();
    return index < unknown ? variants[index].kind : Kinds.ANY;
  }

  U make(int variant, Object value) {
    return factory.make(variant, value);
  }

  Object read(JsonInput in) throws IOException {
    return reader.read(in);
  }

  void write(ApiUnion union, JsonOutput out) throws IOException {
    kindOf(union).write(union.value(), out);
  }

  Object dict(ApiUnion union, DictWalk walk) {
    return kindOf(union).dict(union.value(), walk);
  }

  void checkInside(ApiUnion union, List<Violation> out, boolean deep) {
    Kind kind = kindOf(union);
    if (kind.insideChecks) {
      kind.checkInside(union.value(), out, deep);
    }
  }

  @Override
  public String toString() {
    return "UnionType[" + type.getName() + "]";
  }
}
