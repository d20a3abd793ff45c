package io.apimodel.runtime.internal;

import io.apimodel.runtime.internal.UnionType.Shape;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Map;

/**
 * Reads a union's JSON value: picks the variant from what the value is (its JSON type; for an
 * object, or an array's first item, its {@code $objectType}) with one lookup, then reads the value
 * once, as that variant. Never a trial read.
 *
 * <p>An object's {@code $objectType} decides before the object is read: when it is the first
 * member, the rest of the object is read straight on as the variant it names; when it comes later
 * (the Prism API puts it near the end), the object's tokens are copied until its end, and the
 * variant reads the copy. A value that no variant takes is read as plain JSON, kept as
 * {@code UNKNOWN}.
 */
final class UnionReader {

  private static final String OBJECT_TYPE = "$objectType";
  /** Room in a copy before it grows: an API entity such as a Prism task is 50 to 100 tokens. */
  private static final int COPY_CAPACITY = 128;

  private final UnionType<?> union;

  UnionReader(UnionType<?> union) {
    this.union = union;
  }

  /** Reads the value the input is on; null for JSON null. */
  Object read(JsonInput in) throws IOException {
    switch (in.token()) {
      case JsonInput.NULL:
        return null;
      case JsonInput.STRING:
        return scalar(in, union.byShape[Shape.STRING.ordinal()]);
      case JsonInput.TRUE:
      case JsonInput.FALSE:
        return scalar(in, union.byShape[Shape.BOOLEAN.ordinal()]);
      case JsonInput.NUMBER_INT:
        return scalar(in, integerVariant(in, union.byShape));
      case JsonInput.NUMBER_FLOAT:
        return scalar(in, fractionVariant(union.byShape));
      case JsonInput.START_ARRAY:
        return array(in);
      case JsonInput.START_OBJECT:
        return object(in);
      default:
        throw in.wrongType("a JSON value");
    }
  }

  private Object scalar(JsonInput in, int variant) throws IOException {
    if (variant < 0) {
      return union.make(union.unknown, in.any());
    }
    return union.make(variant, union.variants[variant].kind.read(in));
  }

  /**
   * The first of the {@code Integer}, {@code Long}, {@code BigDecimal} and {@code Double} variants
   * in {@code table} that holds the integer the input is on exactly; -1 for none.
   */
  private static int integerVariant(JsonInput in, int[] table) throws IOException {
    int size = in.integerSize();
    int v = table[Shape.INTEGER.ordinal()];
    if (v >= 0 && size == JsonInput.INT_SIZE) {
      return v;
    }
    v = table[Shape.LONG.ordinal()];
    if (v >= 0 && size != JsonInput.BIG_SIZE) {
      return v;
    }
    v = table[Shape.BIG_DECIMAL.ordinal()];
    if (v >= 0) {
      return v;
    }
    v = table[Shape.DOUBLE.ordinal()];
    if (v >= 0 && (size == JsonInput.INT_SIZE || holdsExactly(in.tokenBigInteger()))) {
      return v;
    }
    return -1;
  }

  private static boolean holdsExactly(BigInteger value) {
    double d = value.doubleValue();
    return !Double.isInfinite(d) && new BigDecimal(d).toBigIntegerExact().equals(value);
  }

  /** A number with a fraction or an exponent: the {@code BigDecimal} variant, else the {@code Double} one. */
  private static int fractionVariant(int[] table) {
    int v = table[Shape.BIG_DECIMAL.ordinal()];
    return v >= 0 ? v : table[Shape.DOUBLE.ordinal()];
  }

  // ---- Objects ---------------------------------------------------------------------------------

  /** An object: the model its {@code $objectType} names, the map variant, or the only model. */
  private Object object(JsonInput in) throws IOException {
    int without = union.byShape[Shape.STRING_MAP.ordinal()];
    if (without < 0) {
      without = union.onlyModel;
    }
    Picked picked = pick(in, union.models, without, false);
    return union.make(picked.variant, picked.value);
  }

  /** A variant picked for an object, and the object read as it. */
  private static final class Picked {
    final int variant;
    final Object value;

    Picked(int variant, Object value) {
      this.variant = variant;
      this.value = value;
    }
  }

  /**
   * Reads the object the input is on as the variant its {@code $objectType} names in
   * {@code byDiscriminator}; an object without one as variant {@code without} (-1: none); else as
   * plain JSON, for {@code UNKNOWN}.
   *
   * @param items whether the variants are lists whose items the object is (the first one)
   */
  private Picked pick(JsonInput in, Map<String, Integer> byDiscriminator, int without, boolean items)
      throws IOException {
    if (in.nextToken() == JsonInput.FIELD_NAME && OBJECT_TYPE.equals(in.text())) {
      if (in.nextToken() == JsonInput.STRING) {
        String discriminator = in.text();
        Integer variant = byDiscriminator.get(discriminator);
        Kind kind = variant == null ? null : kindOf(variant, items);
        if (kind instanceof ModelKind model && model.type().takesString(OBJECT_TYPE)) {
          in.nextToken(); // onto the next member's name or the end: the model reads on from there
          return new Picked(variant, model.type().readObjectAfter(in, OBJECT_TYPE, discriminator));
        }
      }
      JsonTokens.Recorder copy = new JsonTokens.Recorder(COPY_CAPACITY);
      copy.add(JsonInput.START_OBJECT, null);
      copy.add(JsonInput.FIELD_NAME, OBJECT_TYPE);
      return pickCopied(in, copy, byDiscriminator, without, items, true);
    }
    JsonTokens.Recorder copy = new JsonTokens.Recorder(COPY_CAPACITY);
    copy.add(JsonInput.START_OBJECT, null);
    return pickCopied(in, copy, byDiscriminator, without, items, false);
  }

  /**
   * Copies the rest of the object (the input is on a member name, its end, or the value of
   * {@code $objectType} when {@code onDiscriminator}), then reads the copy as the variant it names.
   */
  private Picked pickCopied(JsonInput in, JsonTokens.Recorder copy, Map<String, Integer> byDiscriminator,
      int without, boolean items, boolean onDiscriminator) throws IOException {
    Copier copier = new Copier(in, copy, onDiscriminator);
    copier.copyObject();
    JsonFailures failures = in.failuresOfEndedObject();
    int variant;
    if (copier.discriminatorSeen) {
      Integer found = copier.discriminator == null ? null : byDiscriminator.get(copier.discriminator);
      variant = found == null ? -1 : found;
    } else {
      variant = without;
    }
    JsonInput replay = in.adopt(copy.tokens(failures).input());
    if (variant < 0) {
      return new Picked(union.unknown, replay.any());
    }
    return new Picked(variant, kindOf(variant, items).read(replay));
  }

  private Kind kindOf(int variant, boolean items) {
    UnionType.Variant v = union.variants[variant];
    return items ? v.items : v.kind;
  }

  /** Copies tokens of one object from the input, noting its own {@code $objectType}. */
  private static final class Copier {
    private final JsonInput in;
    private final JsonTokens.Recorder out;
    boolean discriminatorSeen;
    /** The {@code $objectType} string; null when absent or not a string. */
    String discriminator;
    private boolean onDiscriminator;

    Copier(JsonInput in, JsonTokens.Recorder out, boolean onDiscriminator) {
      this.in = in;
      this.out = out;
      this.onDiscriminator = onDiscriminator;
    }

    /**
     * Copies from the current token to the end of the object the input is in. Inside objects the
     * next member name is asked for as a name, which parsers read faster than a token.
     */
    void copyObject() throws IOException {
      int depth = 1;
      boolean[] inArray = new boolean[8];
      int t = in.token();
      String name = t == JsonInput.FIELD_NAME ? in.text() : null; // the current member name, read once
      while (true) {
        boolean valueOfDiscriminator = onDiscriminator;
        onDiscriminator = false;
        switch (t) {
          case JsonInput.START_OBJECT, JsonInput.START_ARRAY -> {
            out.add(t, null);
            if (++depth == inArray.length) {
              inArray = Arrays.copyOf(inArray, depth * 2);
            }
            inArray[depth] = t == JsonInput.START_ARRAY;
          }
          case JsonInput.END_OBJECT, JsonInput.END_ARRAY -> {
            out.add(t, null);
            if (--depth == 0) {
              return;
            }
          }
          case JsonInput.FIELD_NAME -> {
            out.add(t, name);
            onDiscriminator = depth == 1 && !discriminatorSeen && OBJECT_TYPE.equals(name);
          }
          case JsonInput.STRING -> {
            String text = in.text();
            out.add(t, text);
            if (valueOfDiscriminator) {
              discriminator = text;
            }
          }
          case JsonInput.NUMBER_INT -> out.add(t, integer(in));
          case JsonInput.NUMBER_FLOAT -> out.add(t, in.numberText());
          case JsonInput.TRUE, JsonInput.FALSE, JsonInput.NULL -> out.add(t, null);
          default -> throw in.wrongType("a JSON value");
        }
        if (valueOfDiscriminator) {
          discriminatorSeen = true;
        }
        if (t != JsonInput.FIELD_NAME && !inArray[depth]) {
          name = in.nextName(); // a member's name, or null at the object's end
          t = name != null ? JsonInput.FIELD_NAME : in.token();
        } else {
          t = in.nextToken();
          if (t == JsonInput.FIELD_NAME) {
            name = in.text(); // not in valid JSON (a value follows a name; arrays hold no names)
          }
        }
      }
    }

    /** An integer token as a number a token input reads back exactly ({@code -0} as its text). */
    private static Object integer(JsonInput in) throws IOException {
      switch (in.integerSize()) {
        case JsonInput.INT_SIZE:
          int i = in.tokenInt();
          return i == 0 ? in.numberText() : (Object) i;
        case JsonInput.LONG_SIZE:
          return in.tokenLong();
        default:
          return in.tokenBigInteger();
      }
    }
  }

  // ---- Arrays ----------------------------------------------------------------------------------

  /** An array: the list variant its first item picks; an empty one the only list variant. */
  private Object array(JsonInput in) throws IOException {
    int t = in.nextToken();
    int variant;
    Object first;
    switch (t) {
      case JsonInput.END_ARRAY:
        variant = union.onlyList >= 0 ? union.onlyList : union.unknown;
        return union.make(variant, Values.adoptList(new Object[0], 0));
      case JsonInput.START_OBJECT: {
        Picked picked = pick(in, union.modelLists, union.onlyModelList, true);
        if (picked.variant == union.unknown) {
          return union.make(union.unknown, rest(in, picked.value, null));
        }
        return union.make(picked.variant, rest(in, picked.value, union.variants[picked.variant].items));
      }
      case JsonInput.STRING:
        variant = union.scalarListByItems[Shape.STRING.ordinal()];
        break;
      case JsonInput.TRUE:
      case JsonInput.FALSE:
        variant = union.scalarListByItems[Shape.BOOLEAN.ordinal()];
        break;
      case JsonInput.NUMBER_INT:
        variant = integerVariant(in, union.scalarListByItems);
        break;
      case JsonInput.NUMBER_FLOAT:
        variant = fractionVariant(union.scalarListByItems);
        break;
      default:
        variant = -1;
    }
    if (variant < 0) {
      return union.make(union.unknown, rest(in, in.any(), null));
    }
    Kind items = union.variants[variant].items;
    return union.make(variant, rest(in, items.read(in), items));
  }

  /**
   * The list of {@code first} and the items after it, read as {@code items} (null: as plain JSON);
   * the input is on the last token of the first item.
   */
  private static Object rest(JsonInput in, Object first, Kind items) throws IOException {
    Object[] out = new Object[8];
    out[0] = first;
    int size = 1;
    while (in.nextItem()) {
      if (size == out.length) {
        out = Arrays.copyOf(out, size * 2);
      }
      out[size++] = in.isNull() ? null : items == null ? in.any() : items.read(in);
    }
    return Values.adoptList(out, size);
  }
}
