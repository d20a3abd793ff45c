package io.apimodel.processor.write;

import io.apimodel.processor.model.ModelSpec;
import java.util.List;

/**
 * Writes what connects a generated class's codec ({@code Json}, see {@link CodecWriter}) to
 * Jackson: the {@code @JsonSerialize}/{@code @JsonDeserialize} of each Jackson line on the compile
 * classpath, the deserializer and serializer classes nested in {@code Json} that those point at,
 * and the model's {@code fromJson}/{@code toJson}/{@code toJsonBytes}, which use one of them.
 */
final class JacksonAdaptersWriter {

  /** The nested classes of {@code Json} by which each Jackson finds the codec. */
  static final String JACKSON2_DESERIALIZER = "Jackson2Deserializer";
  static final String JACKSON2_SERIALIZER = "Jackson2Serializer";
  static final String JACKSON3_DESERIALIZER = "Jackson3Deserializer";
  static final String JACKSON3_SERIALIZER = "Jackson3Serializer";

  private final ModelSpec model;
  private final MemberNames names;
  private final SourceFile file;
  private final JType.Named self;
  private final JType.Named codec;

  JacksonAdaptersWriter(ModelSpec model, MemberNames names, SourceFile file) {
    this.model = model;
    this.names = names;
    this.file = file;
    this.self = JType.of(model.generated());
    this.codec = self.nested(names.jsonClass);
  }

  /** The class's annotations that wire the codec, one pair per Jackson line. */
  void annotations() {
    if (model.json().jackson2()) {
      file.line("@$T(using = $T.class)", Types.JSON_SERIALIZE, codec.nested(JACKSON2_SERIALIZER));
      file.line("@$T(using = $T.class)", Types.JSON_DESERIALIZE, codec.nested(JACKSON2_DESERIALIZER));
    }
    if (model.json().jackson3()) {
      file.line("@$T(using = $T.class)", Types.JSON_SERIALIZE_3, codec.nested(JACKSON3_SERIALIZER));
      file.line("@$T(using = $T.class)", Types.JSON_DESERIALIZE_3, codec.nested(JACKSON3_DESERIALIZER));
    }
  }

  /**
   * {@code fromJson(String)}, {@code fromJson(byte[])}, {@code toJson()}, {@code toJsonBytes()}: by
   * Jackson 2's codec when the class has one (with its checked exceptions, as before Jackson 3),
   * else by Jackson 3's. A class compiled with both uses Jackson 3's when Jackson 2 is not there at
   * run time.
   */
  void conveniences() {
    String json = names.local("json");
    String simple = file.type(self);
    boolean jackson2 = model.json().jackson2();
    boolean both = model.json() == ModelSpec.Json.BOTH;
    JType.Named reader = codec.nested(jackson2 ? JACKSON2_DESERIALIZER : JACKSON3_DESERIALIZER);
    JType.Named writer = codec.nested(jackson2 ? JACKSON2_SERIALIZER : JACKSON3_SERIALIZER);
    JType.Named exception = jackson2 ? Types.JSON_PROCESSING_EXCEPTION : Types.JACKSON_EXCEPTION_3;
    if (names.fromJson) {
      for (JType input : List.of(Types.STRING, new JType.Array(new JType.Primitive("byte")))) {
        boolean text = input == Types.STRING;
        List<String> doc = new java.util.ArrayList<>(List.of("Reads a " + simple + " from " + (text ? "JSON text" : "JSON in UTF-8")
                + " and checks every constraint of the document.", "",
            "@param " + json + " one JSON object, or {@code null}", "@return the object, or null for {@code null}",
            "@throws " + file.type(exception) + " if the input is not JSON, a value has the wrong type, or a constraint",
            "    is broken (then with the {@link " + file.type(Types.MODEL_VALIDATION_EXCEPTION)
                + "} as the cause); the message names the path"));
        if (both) {
          doc.add("    (without Jackson 2 at run time: Jackson 3's {@code JacksonException}, the same way)");
        }
        file.javadoc(doc);
        if (jackson2) {
          file.open("public static $T fromJson($T $N) throws $T {", self, input, json, exception);
        } else {
          file.open("public static $T fromJson($T $N) {", self, input, json);
        }
        if (both) {
          file.open("if (!$T.JACKSON2) {", Types.JACKSON_LINES)
              .line("return $T.$N.fromJson($N);", codec.nested(JACKSON3_DESERIALIZER), names.readerField, json).close();
        }
        file.line("return $T.$N.fromJson($N);", reader, names.readerField, json);
        file.close().blank();
      }
    }
    for (boolean bytes : new boolean[] {false, true}) {
      if (bytes ? !names.toJsonBytes : !names.toJson) {
        continue;
      }
      String method = bytes ? "toJsonBytes" : "toJson";
      file.javadoc(bytes ? "This object as compact JSON in UTF-8, as {@link #toJson()} writes it."
          : "This object as compact JSON text: JSON names in property order, nulls left out, then the unknown fields.");
      file.open("public $L $L() {", bytes ? "byte[]" : file.type(Types.STRING), method);
      if (both) {
        file.open("if (!$T.JACKSON2) {", Types.JACKSON_LINES)
            .line("return $T.$N.$L(this);", codec.nested(JACKSON3_SERIALIZER), names.writerField, method).close();
      }
      file.line("return $T.$N.$L(this);", writer, names.writerField, method).close().blank();
    }
  }

  /** The deserializer and serializer classes of each Jackson line, nested in {@code Json}. */
  void adapters() {
    if (model.json().jackson2()) {
      deserializer(JACKSON2_DESERIALIZER, Types.MODEL_DESERIALIZER, "Jackson 2's deserializer", true);
      serializer(JACKSON2_SERIALIZER, Types.MODEL_SERIALIZER, "Jackson 2's serializer", true);
    }
    if (model.json().jackson3()) {
      file.blank();
      deserializer(JACKSON3_DESERIALIZER, Types.MODEL_VALUE_DESERIALIZER, "Jackson 3's deserializer", false);
      serializer(JACKSON3_SERIALIZER, Types.MODEL_VALUE_SERIALIZER, "Jackson 3's serializer", false);
    }
  }

  /** A deserializer class: its two {@code readObject} call {@code Json}'s two {@code read} methods. */
  private void deserializer(String name, JType.Named base, String what, boolean jackson2) {
    String in = names.local("in");
    open(name, base, what, jackson2, names.readerField);
    file.line("@$T", Types.OVERRIDE);
    file.open("protected $T readObject($T $N) throws $T {", self, Types.JSON_INPUT, in, Types.IO_EXCEPTION)
        .line("return $N.read($N);", names.jsonClass, in).close();
    file.blank().line("@$T", Types.OVERRIDE);
    file.open("protected $T readObject($T $N) {", self, Types.UTF8_CURSOR, in)
        .line("return $N.read($N);", names.jsonClass, in).close();
    file.close().blank();
  }

  /** A serializer class: its {@code writeObject} calls {@code Json.write}. */
  private void serializer(String name, JType.Named base, String what, boolean jackson2) {
    String value = names.local("value");
    String out = names.local("out");
    open(name, base, what, jackson2, names.writerField);
    file.line("@$T", Types.OVERRIDE);
    file.open("protected void writeObject($T $N, $T $N) throws $T {", self, value, Types.JSON_OUTPUT, out, Types.IO_EXCEPTION)
        .line("$N.write($N, $N);", names.jsonClass, value, out).close();
    file.close();
  }

  /**
   * Opens an adapter class up to its first override: the class, Jackson 2's serial version, the
   * static instance the model's {@code fromJson}/{@code toJson} use ({@code instance}), and the
   * constructor Jackson calls.
   */
  private void open(String name, JType.Named base, String what, boolean jackson2, String instance) {
    file.javadoc(what + " of {@link " + file.type(self) + "}.");
    file.open("public static final class $N extends $T {", name, base.of(self));
    if (jackson2) {
      file.line("private static final long serialVersionUID = 1L;");
    }
    file.line("static final $N $N = new $N();", name, instance, name).blank();
    file.javadoc("For Jackson.");
    file.open("public $N() {", name).line("super($T.class);", self).close().blank();
  }
}
