package io.apimodel.processor.diag;

import javax.tools.Diagnostic.Kind;

/**
 * Every message the processor prints, with a stable id. The text is a {@link String#format}
 * template; it names the rule, the element and the fix. The example is a message as a user sees
 * it (without the id); {@code docs/diagnostics.md} is generated from these constants.
 */
public enum Diagnostic {
  // Where @ApiModel sits and what it generates.
  NOT_AN_INTERFACE(
      "ApiModelTarget", Kind.ERROR,
      "%s must be on an interface, but %s is %s; declare it as an interface",
      "@ApiModel must be on an interface, but WidgetModel is a class; declare it as an interface"),
  SEALED_MODEL(
      "ApiModelTarget", Kind.ERROR,
      "%s interface %s is sealed, so the generated class could not implement it; remove"
          + " sealed and permits",
      "@ApiModel interface ShapeModel is sealed, so the generated class could not implement it;"
          + " remove sealed and permits"),
  GENERIC_MODEL(
      "ApiModelGeneric", Kind.ERROR,
      "%s interface %s must not have type parameters; declare a non-generic interface (a"
          + " generic super-interface is fine)",
      "@ApiModel interface PageModel must not have type parameters; declare a non-generic"
          + " interface (a generic super-interface is fine)"),
  PRIVATE_MODEL(
      "ApiModelVisibility", Kind.ERROR,
      "%s interface %s must not be private; the generated class could not implement it."
          + " Make it package-private or public",
      "@ApiModel interface SecretModel must not be private; the generated class could not"
          + " implement it. Make it package-private or public"),
  HIDDEN_MODEL(
      "ApiModelVisibility", Kind.ERROR,
      "%s interface %s is nested in private %s, so the generated class could not implement"
          + " it; make %s package-private or public",
      "@ApiModel interface PointModel is nested in private Geometry, so the generated class could"
          + " not implement it; make Geometry package-private or public"),
  NO_MODEL_SUFFIX(
      "ApiModelName", Kind.ERROR,
      "%s interface %s does not end in \"%s\" and has no name; rename it to %s%s or"
          + " set %s(name = \"...\")",
      "@ApiModel interface Widget does not end in \"Model\" and has no name; rename it to"
          + " WidgetModel or set @ApiModel(name = \"...\")"),
  BAD_SUFFIX(
      "ApiModelName", Kind.ERROR,
      "@ApiModelDefaults suffix \"%s\" cannot end a Java class name; use letters and digits, such as"
          + " \"Def\" (models here keep the suffix \"Model\")",
      "@ApiModelDefaults suffix \"-v4\" cannot end a Java class name; use letters and digits, such as"
          + " \"Def\" (models here keep the suffix \"Model\")"),
  BAD_CLASS_NAME(
      "ApiModelName", Kind.ERROR,
      "%s name \"%s\" is not a valid Java class name; use a simple identifier such as"
          + " \"Task\"",
      "@ApiModel name \"my-task\" is not a valid Java class name; use a simple identifier such as"
          + " \"Task\""),
  DUPLICATE_CLASS(
      "ApiModelDuplicate", Kind.ERROR,
      "%s interfaces %s and %s would both generate %s; give one of them another name with"
          + " %s(name = \"...\")",
      "@ApiModel interfaces shop.ItemModel and shop.Catalog.ItemModel would both generate"
          + " shop.Item; give one of them another name with @ApiModel(name = \"...\")"),
  CLASS_EXISTS(
      "ApiModelClash", Kind.ERROR,
      "%s interface %s would generate %s, but that type already exists; rename the"
          + " interface or set %s(name = \"...\")",
      "@ApiModel interface OrderModel would generate shop.Order, but that type already exists;"
          + " rename the interface or set @ApiModel(name = \"...\")"),
  UNKNOWN_SUPERTYPE(
      "ApiModelUnknownType", Kind.ERROR,
      "@ApiModel interface %s extends %s, which does not exist, so its properties are unknown;"
          + " fix the name or declare that interface",
      "@ApiModel interface TaskModel extends PrismObject, which does not exist, so its properties"
          + " are unknown; fix the name or declare that interface"),

  // Abstract methods that cannot be properties.
  METHOD_WITH_PARAMETERS(
      "ApiModelMethod", Kind.ERROR,
      "abstract method %s has parameters; a property method takes none (make it a default method"
          + " if it is behaviour)",
      "abstract method LocalizedModel.name(java.lang.String) has parameters; a property method"
          + " takes none (make it a default method if it is behaviour)"),
  METHOD_WITH_TYPE_PARAMETERS(
      "ApiModelMethod", Kind.ERROR,
      "%s method %s has type parameters; a property method must not be generic: remove"
          + " them and return a concrete type",
      "abstract method BoxModel.content() has type parameters; a property method must not be"
          + " generic: remove them and return a concrete type"),
  VOID_METHOD(
      "ApiModelMethod", Kind.ERROR,
      "%s method %s returns void; a property method returns the property's value (if it is"
          + " behaviour, make it a default method without @Default)",
      "abstract method JobModel.run() returns void; a property method returns the property's"
          + " value (if it is behaviour, make it a default method without @Default)"),
  METHOD_THROWS(
      "ApiModelMethod", Kind.ERROR,
      "%s method %s declares exceptions; a property method must not have a throws clause:"
          + " remove it",
      "abstract method FileModel.path() declares exceptions; a property method must not have a"
          + " throws clause: remove it"),
  DEFAULT_ON_ABSTRACT(
      "ApiModelDefault", Kind.ERROR,
      "@Default on abstract method %s: @Default marks a default method whose body gives the"
          + " initial value; add a body or remove @Default",
      "@Default on abstract method TaskModel.locale(): @Default marks a default method whose body"
          + " gives the initial value; add a body or remove @Default"),
  IGNORED_ANNOTATION(
      "ApiModelIgnored", Kind.WARNING,
      "@%s on %s has no effect: a default method without @Default is not a property; add"
          + " @Default to make it one, or remove @%s",
      "@Size on TaskModel.summary() has no effect: a default method without @Default is not a"
          + " property; add @Default to make it one, or remove @Size"),

  // Property types.
  UNSUPPORTED_TYPE(
      "ApiModelType", Kind.ERROR,
      "property \"%s\" has type %s, which apimodel does not support: %s",
      "property \"created\" has type java.util.Date, which apimodel does not support: use"
          + " java.time.OffsetDateTime"),
  UNKNOWN_TYPE(
      "ApiModelUnknownType", Kind.ERROR,
      "%s \"%s\" refers to %s, which does not exist and is not generated by any @ApiModel or @OneOf"
          + " interface in this build; declare an interface for it or fix the name",
      "property \"gizmo\" refers to Gizmo, which does not exist and is not generated by any"
          + " @ApiModel or @OneOf interface in this build; declare an interface for it or fix the"
          + " name"),
  ENUM_DUPLICATE_WIRE(
      "ApiModelEnum", Kind.ERROR,
      "enum %s: constants %s and %s both have the wire string \"%s\" (property \"%s\" uses the"
          + " enum); give one of them another @JsonProperty",
      "enum shop.Color: constants RED and CRIMSON both have the wire string \"red\" (property"
          + " \"color\" uses the enum); give one of them another @JsonProperty"),
  ENUM_SEVERAL_DEFAULTS(
      "ApiModelEnum", Kind.ERROR,
      "enum %s: constants %s and %s are both @JsonEnumDefaultValue (property \"%s\" uses the"
          + " enum); there is one fallback for unknown wire strings, keep the annotation on one",
      "enum shop.Status: constants UNKNOWN and REDACTED are both @JsonEnumDefaultValue (property"
          + " \"status\" uses the enum); there is one fallback for unknown wire strings, keep the"
          + " annotation on one"),

  // Property names.
  PREFIX_CLASH(
      "ApiModelPropertyName", Kind.ERROR,
      "property methods %s and %s differ only by a get/is prefix, so both stand for property"
          + " \"%s\"; rename or remove one of them",
      "property methods UserModel.getName() and UserModel.isName() differ only by a get/is"
          + " prefix, so both stand for property \"name\"; rename or remove one of them"),
  KEYWORD_NAME(
      "ApiModelPropertyName", Kind.ERROR,
      "property method %s becomes property \"%s\" once its get/is prefix is stripped, and that is"
          + " a Java keyword; rename the method",
      "property method RepoModel.isPublic() becomes property \"public\" once its get/is prefix is"
          + " stripped, and that is a Java keyword; rename the method"),
  CASE_CLASH(
      "ApiModelPropertyName", Kind.ERROR,
      "properties \"%s\" and \"%s\" differ only in the case of their first letter, so both would"
          + " get the setter set%s; rename one of them",
      "properties \"url\" and \"Url\" differ only in the case of their first letter, so both would"
          + " get the setter setUrl; rename one of them"),
  RESERVED_NAME(
      "ApiModelReservedName", Kind.ERROR,
      "property \"%s\" has the name of a generated member (%s); rename the method",
      "property \"validate\" has the name of a generated member (validate()); rename the method"),
  RESERVED_METHOD(
      "ApiModelReservedName", Kind.ERROR,
      "method %s has the name of a member that the generated class declares; rename it",
      "method TaskModel.toDict() has the name of a member that the generated class declares;"
          + " rename it"),
  DUPLICATE_JSON_NAME(
      "ApiModelJsonName", Kind.ERROR,
      "properties \"%s\" and \"%s\" both use the JSON name \"%s\"; give one another @JsonProperty",
      "properties \"name\" and \"label\" both use the JSON name \"name\"; give one another"
          + " @JsonProperty"),
  JSON_NAMING_TWICE(
      "ApiModelJsonName", Kind.ERROR,
      "@ApiModel interface %s sets its JSON names twice, with @ApiModel(jsonNames = ...) and"
          + " @JsonNaming; keep one",
      "@ApiModel interface TaskModel sets its JSON names twice, with @ApiModel(jsonNames = ...) and"
          + " @JsonNaming; keep one"),
  JSON_NAMING_UNSUPPORTED(
      "ApiModelJsonName", Kind.ERROR,
      "@JsonNaming(%s.class) is not one of Jackson's standard strategies, whose names apimodel"
          + " computes at compile time; use one of PropertyNamingStrategies' (SnakeCaseStrategy,"
          + " KebabCaseStrategy, ...), @ApiModel(jsonNames = ...), or @JsonProperty on each property",
      "@JsonNaming(com.example.ShoutingStrategy.class) is not one of Jackson's standard strategies,"
          + " whose names apimodel computes at compile time; use one of PropertyNamingStrategies'"
          + " (SnakeCaseStrategy, KebabCaseStrategy, ...), @ApiModel(jsonNames = ...), or @JsonProperty"
          + " on each property"),
  JACKSON_IGNORED(
      "ApiModelJackson", Kind.WARNING,
      "@%s on %s has no effect: apimodel's JSON mapping does not read it; %s",
      "@JsonIgnore on property \"secret\" has no effect: apimodel's JSON mapping does not read it;"
          + " every property is read and written (a default method without @Default is not a"
          + " property)"),
  JSON_PROPERTY_ATTRIBUTE_IGNORED(
      "ApiModelJackson", Kind.WARNING,
      "@JsonProperty(%s) on property \"%s\" has no effect: apimodel reads only its value, the JSON"
          + " name; %s",
      "@JsonProperty(required = true) on property \"extId\" has no effect: apimodel reads only its"
          + " value, the JSON name; use @Required"),
  DUPLICATE_DICT_KEY(
      "ApiModelDictKey", Kind.ERROR,
      "properties \"%s\" and \"%s\" both use the toDict() key \"%s\"; set @DictKey on one of them",
      "properties \"vmUuid\" and \"vmUUID\" both use the toDict() key \"vm_uuid\"; set @DictKey on"
          + " one of them"),
  EMPTY_DICT_KEY(
      "ApiModelDictKey", Kind.ERROR,
      "@DictKey on property \"%s\" is empty; give the key, or remove the annotation",
      "@DictKey on property \"name\" is empty; give the key, or remove the annotation"),

  // Constraints.
  REQUIRED_PRIMITIVE(
      "ApiModelRequired", Kind.WARNING,
      "@Required on property \"%s\" has no effect: its type %s is primitive and never null; remove"
          + " @Required, or use %s if the value may be missing",
      "@Required on property \"count\" has no effect: its type int is primitive and never null;"
          + " remove @Required, or use Integer if the value may be missing"),
  RANGE_EXCLUDES_PRIMITIVE_ZERO(
      "ApiModelRange", Kind.WARNING,
      "@Range on property \"%s\" excludes 0, the value its primitive type %s holds until it is"
          + " set, so the property is required in effect: a new object, and JSON without \"%s\","
          + " fail validation; use %s if the value may be missing, or give it a @Default",
      "@Range on property \"replicas\" excludes 0, the value its primitive type int holds until it"
          + " is set, so the property is required in effect: a new object, and JSON without"
          + " \"replicas\", fail validation; use Integer if the value may be missing, or give it a"
          + " @Default"),
  RANGE_NOT_NUMERIC(
      "ApiModelRange", Kind.ERROR,
      "@Range on property \"%s\" of type %s: @Range applies only to numbers; remove it or use"
          + " @Size for lengths",
      "@Range on property \"name\" of type java.lang.String: @Range applies only to numbers;"
          + " remove it or use @Size for lengths"),
  RANGE_MIN_ABOVE_MAX(
      "ApiModelRange", Kind.ERROR,
      "@Range min (%d) is greater than max (%d) on property \"%s\"; swap or fix the bounds",
      "@Range min (10) is greater than max (5) on property \"size\"; swap or fix the bounds"),
  RANGE_OUTSIDE_TYPE(
      "ApiModelRange", Kind.WARNING,
      "@Range %s (%d) on property \"%s\" is outside the values of %s (%d to %d), so it %s; use a"
          + " bound within that range or a wider type such as Long",
      "@Range max (3000000000) on property \"count\" is outside the values of int (-2147483648 to"
          + " 2147483647), so it has no effect; use a bound within that range or a wider type such"
          + " as Long"),
  SIZE_NOT_SIZED(
      "ApiModelSize", Kind.ERROR,
      "@Size on property \"%s\" of type %s: @Size applies only to String, List and Map; use @Range"
          + " for numbers",
      "@Size on property \"count\" of type java.lang.Integer: @Size applies only to String, List"
          + " and Map; use @Range for numbers"),
  SIZE_NEGATIVE(
      "ApiModelSize", Kind.ERROR,
      "@Size %s (%d) is negative on property \"%s\"; sizes start at 0",
      "@Size min (-1) is negative on property \"name\"; sizes start at 0"),
  SIZE_MIN_ABOVE_MAX(
      "ApiModelSize", Kind.ERROR,
      "@Size min (%d) is greater than max (%d) on property \"%s\"; swap or fix the bounds",
      "@Size min (5) is greater than max (2) on property \"tags\"; swap or fix the bounds"),
  PATTERN_NOT_STRING(
      "ApiModelPattern", Kind.ERROR,
      "@Pattern on property \"%s\" of type %s: @Pattern applies only to String; remove it",
      "@Pattern on property \"count\" of type java.lang.Integer: @Pattern applies only to String;"
          + " remove it"),
  PATTERN_INVALID(
      "ApiModelPattern", Kind.ERROR,
      "@Pattern on property \"%s\" does not compile: %s; fix the regular expression"
          + " (java.util.regex syntax)",
      "@Pattern on property \"code\" does not compile: Unclosed character class near index 3 of"
          + " \"[a-z\"; fix the regular expression (java.util.regex syntax)"),

  // Unions (@OneOf).
  UNION_AND_MODEL(
      "ApiModelUnionTarget", Kind.ERROR,
      "%s has both @ApiModel and @OneOf; a type is either a model or a union of several: remove one"
          + " of them",
      "ResultModel has both @ApiModel and @OneOf; a type is either a model or a union of several:"
          + " remove one of them"),
  VARIANT_OUTSIDE_UNION(
      "ApiModelUnionTarget", Kind.ERROR,
      "@Variant on %s has no effect: it names the $objectType of a variant of a @OneOf interface;"
          + " annotate the interface with @OneOf or remove @Variant",
      "@Variant on TaskModel.owner() has no effect: it names the $objectType of a variant of a"
          + " @OneOf interface; annotate the interface with @OneOf or remove @Variant"),
  UNION_NO_VARIANTS(
      "ApiModelUnionEmpty", Kind.ERROR,
      "@OneOf interface %s has no variants; declare one abstract method per shape the value takes,"
          + " such as @Variant(\"ns.v1.Thing\") Thing thing()",
      "@OneOf interface ResultModel has no variants; declare one abstract method per shape the"
          + " value takes, such as @Variant(\"ns.v1.Thing\") Thing thing()"),
  UNION_METHOD_WITH_PARAMETERS(
      "ApiModelUnionMethod", Kind.ERROR,
      "abstract method %s of @OneOf interface %s has parameters; a variant method takes none (make"
          + " it a default method if it is behaviour)",
      "abstract method ResultModel.task(int) of @OneOf interface ResultModel has parameters; a"
          + " variant method takes none (make it a default method if it is behaviour)"),
  UNION_VARIANT_TYPE(
      "ApiModelUnionType", Kind.ERROR,
      "variant \"%s\" of @OneOf interface %s has type %s, which a union variant cannot be; %s",
      "variant \"when\" of @OneOf interface ResultModel has type java.time.OffsetDateTime, which a"
          + " union variant cannot be; a variant is a class generated by @ApiModel, a List of one,"
          + " String, Boolean, Integer, Long, Double, BigDecimal, a List of one of those, or"
          + " Map<String, String>"),
  UNION_VARIANT_NAME(
      "ApiModelUnionName", Kind.ERROR,
      "variant \"%s\" of @OneOf interface %s is named like a member of the generated union class"
          + " (%s); rename the method",
      "variant \"value\" of @OneOf interface ResultModel is named like a member of the generated"
          + " union class (Object value(): the value held, whatever the variant); rename the method"),
  UNION_KIND_CLASH(
      "ApiModelUnionName", Kind.ERROR,
      "variants \"%s\" and \"%s\" of @OneOf interface %s would both be the Kind constant %s; rename"
          + " one of them",
      "variants \"appMessages\" and \"app_messages\" of @OneOf interface ErrorModel would both be"
          + " the Kind constant APP_MESSAGES; rename one of them"),
  UNION_MISSING_DISCRIMINATOR(
      "ApiModelUnionDiscriminator", Kind.ERROR,
      "variant \"%s\" of @OneOf interface %s is %s but has no @Variant; add @Variant(\"...\") with"
          + " the $objectType %s carry",
      "variant \"task\" of @OneOf interface ResultModel is a model but has no @Variant; add"
          + " @Variant(\"...\") with the $objectType its JSON objects carry"),
  UNION_DUPLICATE_DISCRIMINATOR(
      "ApiModelUnionDiscriminator", Kind.ERROR,
      "variants \"%s\" and \"%s\" of @OneOf interface %s are both %s with @Variant(\"%s\"), so"
          + " JSON cannot tell them apart; give each the $objectType of its own objects",
      "variants \"task\" and \"oldTask\" of @OneOf interface ResultModel are both models with"
          + " @Variant(\"prism.v4.config.Task\"), so JSON cannot tell them apart; give each the"
          + " $objectType of its own objects"),
  UNION_UNUSED_DISCRIMINATOR(
      "ApiModelUnionDiscriminator", Kind.WARNING,
      "@Variant on variant \"%s\" of @OneOf interface %s has no effect: a %s variant is told"
          + " apart by its JSON type, not by $objectType; remove @Variant",
      "@Variant on variant \"name\" of @OneOf interface ResultModel has no effect: a String"
          + " variant is told apart by its JSON type, not by $objectType; remove @Variant"),
  UNION_AMBIGUOUS(
      "ApiModelUnionAmbiguous", Kind.ERROR,
      "variants \"%s\" and \"%s\" of @OneOf interface %s both read %s, so JSON cannot tell them"
          + " apart; keep one of them",
      "variants \"name\" and \"label\" of @OneOf interface ResultModel both read a JSON string, so"
          + " JSON cannot tell them apart; keep one of them"),

  // The processor itself.
  WRITE_FAILED(
      "ApiModelWrite", Kind.ERROR,
      "could not write %s for @ApiModel interface %s: %s; check the generated-sources directory"
          + " and that no other tool writes that class",
      "could not write shop.Order for @ApiModel interface OrderModel: Attempt to recreate a file"
          + " for type shop.Order; check the generated-sources directory and that no other tool"
          + " writes that class"),
  INTERNAL_ERROR(
      "ApiModelInternal", Kind.ERROR,
      "apimodel bug while processing %s: %s. This is a bug in apimodel, not in your code; please"
          + " report it with this model. The other models were still generated",
      "apimodel bug while processing TaskModel: java.lang.NullPointerException at"
          + " io.apimodel.processor.read.ModelReader.read(ModelReader.java:80). This is a bug in"
          + " apimodel, not in your code; please report it with this model. The other models were"
          + " still generated");

  private final String id;
  private final Kind kind;
  private final String template;
  private final String example;

  Diagnostic(String id, Kind kind, String template, String example) {
    this.id = id;
    this.kind = kind;
    this.template = template;
    this.example = example;
  }

  public String id() {
    return id;
  }

  public Kind kind() {
    return kind;
  }

  public String template() {
    return template;
  }

  /** A message of this kind as a user would see it, without the id (for the documentation). */
  public String example() {
    return example;
  }

  /** The full message: {@code [id] text}. */
  public String format(Object... args) {
    return "[" + id + "] " + String.format(template, args);
  }
}
