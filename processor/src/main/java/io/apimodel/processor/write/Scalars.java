package io.apimodel.processor.write;

import io.apimodel.processor.model.ScalarKind;

/**
 * What generated code writes for each scalar type, in one table: its Java types, the runtime's
 * {@code Kinds} constant for it, and the name of the {@code JsonInput}/{@code JsonOutput} methods
 * that read and write it. The table is a switch over every {@link ScalarKind}, so that a new one
 * does not compile until it has its row.
 */
final class Scalars {

  /**
   * @param boxed the reference type
   * @param primitive the primitive type, or null
   * @param kind the name of the constant in {@code io.apimodel.runtime.internal.Kinds}
   * @param json the name of the method of {@code JsonInput} that reads it, and of
   *     {@code JsonOutput} that writes it
   * @param readPrimitive the name of the {@code JsonInput} method that reads the primitive, or null
   */
  record Facts(JType.Named boxed, JType.Primitive primitive, String kind, String json, String readPrimitive) {}

  private static final Facts STRING = new Facts(Types.STRING, null, "STRING", "string", null);
  private static final Facts BOOLEAN =
      new Facts(JType.named("java.lang", "Boolean"), JType.BOOLEAN, "BOOLEAN", "bool", "boolOr");
  private static final Facts INT = new Facts(JType.named("java.lang", "Integer"), JType.INT, "INT", "integer", "intOr");
  private static final Facts LONG =
      new Facts(JType.named("java.lang", "Long"), JType.LONG, "LONG", "longInteger", "longOr");
  private static final Facts DOUBLE =
      new Facts(JType.named("java.lang", "Double"), JType.DOUBLE, "DOUBLE", "decimal", "doubleOr");
  private static final Facts BIG_DECIMAL =
      new Facts(JType.named("java.math", "BigDecimal"), null, "BIG_DECIMAL", "bigDecimal", null);
  private static final Facts BIG_INTEGER =
      new Facts(JType.named("java.math", "BigInteger"), null, "BIG_INTEGER", "bigInteger", null);
  private static final Facts UUID = new Facts(JType.named("java.util", "UUID"), null, "UUID", "uuid", null);
  private static final Facts DATE_TIME =
      new Facts(JType.named("java.time", "OffsetDateTime"), null, "DATE_TIME", "dateTime", null);
  private static final Facts DATE = new Facts(JType.named("java.time", "LocalDate"), null, "DATE", "date", null);
  private static final Facts ANY = new Facts(Types.OBJECT, null, "ANY", "any", null);

  private Scalars() {}

  static Facts of(ScalarKind kind) {
    return switch (kind) {
      case STRING -> STRING;
      case BOOLEAN -> BOOLEAN;
      case INT -> INT;
      case LONG -> LONG;
      case DOUBLE -> DOUBLE;
      case BIG_DECIMAL -> BIG_DECIMAL;
      case BIG_INTEGER -> BIG_INTEGER;
      case UUID -> UUID;
      case OFFSET_DATE_TIME -> DATE_TIME;
      case LOCAL_DATE -> DATE;
      case OBJECT -> ANY;
    };
  }
}
