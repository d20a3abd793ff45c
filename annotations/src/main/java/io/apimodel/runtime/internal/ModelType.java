package io.apimodel.runtime.internal;

import io.apimodel.runtime.ApiObject;
import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What apimodel knows about one generated class: its properties in order, with their names, JSON
 * names, dict keys, kinds, flags and constraints, and how to reach its fields. Validation,
 * {@code toDict()}, {@code equals}/{@code hashCode}, builders' copies and the JSON mapping that
 * needs only jackson-annotations run on it, so that each generated class holds one table instead
 * of a copy of that logic.
 *
 * <p>A generated class reaches its fields through numbered slots: slot {@code i} is property
 * {@code i}; then, for each property that holds an enum with a fallback constant directly, in
 * property order, the slot of the wire string read from JSON when it named no constant; last, the
 * slot of the unknown fields' map.
 *
 * @param <M> the generated class
 */
public abstract class ModelType<M> {

  /** A property that must not be null ({@code @Required}). */
  protected static final int REQUIRED = 1;
  /** A property whose value never appears in {@code toStr()} or messages ({@code @Redacted}). */
  protected static final int REDACTED = 2;
  /** A property with an initial value ({@code @Default}), set again for absent JSON members. */
  protected static final int DEFAULT = 4;
  /** A property of a primitive type: never null, unchanged by a JSON {@code null}. */
  protected static final int PRIMITIVE = 8;

  /**
   * The models a thread's {@code hashCode()} is inside of, and the pairs its {@code equals()} is
   * comparing: both reach nested models through their public methods, so these stacks live per
   * thread, to stop at cycles built through setters. ({@code validate()} and {@code toDict()}
   * carry theirs with the call: {@link Validation}, {@link DictWalk}.)
   */
  private static final ThreadLocal<IdentityStack> HASHING = ThreadLocal.withInitial(IdentityStack::new);
  private static final ThreadLocal<IdentityStack> COMPARING = ThreadLocal.withInitial(IdentityStack::new);

  /** Each generated class's descriptor, registered when the class initializes. */
  private static final Descriptors<ModelType<?>> TYPES = new Descriptors<>();

  private final Class<M> type;
  private final int count;
  private final String[] names;
  private final String[] dictKeys;
  private final Kind[] kinds;
  private final int[] flags;
  private final Constraint[][] constraints;
  private final JsonMembers members;
  /** Per property, the slot of its unknown wire string; -1 when it holds no enum directly. */
  private final int[] wireSlots;
  private final int unknownSlot;
  /** The properties that have anything to check, in order. */
  private final int[] checked;
  /** The properties with a {@code @Default}, in order. */
  private final int[] defaults;
  /**
   * For models of at most 64 properties, one bit per property that a check at an object's end
   * must look at when the reader checked each {@code @Pattern} as it read the string: those with
   * a {@code @Required}, a constraint other than a pattern, or anything inside to check, and every
   * {@code @Default} one with a constraint (its value was made, not read); 0 for larger models.
   */
  private final long readChecks;
  /** The {@code @Default} properties as bits, for models of at most 64 properties. */
  private final long defaultBits;
  /** The {@code @Required} properties, for telling which ones a JSON object left out. */
  private final BitSet required;
  /** {@link #required} as a word, for models of at most 64 properties. */
  private final long requiredFirst64;
  /** Per property, the frozen {@code @Default} value last made, reused while the default is equal. */
  private final FrozenDefault[] frozenDefaults;
  /** Per {@code @Default} string or string-map property, the last value written with its JSON text. */
  private final EncodedValue[] lastWritten;

  /**
   * Describes a generated class.
   *
   * @param type the class
   * @param properties one row per property, in property order: its name, JSON name, dict key,
   *     {@link Kind}, flags ({@link #REQUIRED} | ...), then any number of {@link Constraint}s
   *     and of {@link #aliases(String...)}
   */
  protected ModelType(Class<M> type, Object[][] properties) {
    this.type = type;
    this.count = properties.length;
    this.names = new String[count];
    this.dictKeys = new String[count];
    this.kinds = new Kind[count];
    this.flags = new int[count];
    this.constraints = new Constraint[count][];
    this.wireSlots = new int[count];
    String[] jsonNames = new String[count];
    String[][] aliases = new String[count][];
    List<Integer> checks = new ArrayList<>();
    List<Integer> defaulted = new ArrayList<>();
    BitSet requiredBits = new BitSet(count);
    long readCheckBits = 0L;
    long defaultedBits = 0L;
    int slot = count;
    for (int p = 0; p < count; p++) {
      Object[] row = properties[p];
      names[p] = (String) row[0];
      jsonNames[p] = (String) row[1];
      dictKeys[p] = (String) row[2];
      kinds[p] = (Kind) row[3];
      flags[p] = (Integer) row[4];
      List<Constraint> declared = new ArrayList<>();
      for (int i = 5; i < row.length; i++) {
        if (row[i] instanceof Constraint c) {
          declared.add(c);
        } else {
          aliases[p] = ((Aliases) row[i]).names;
        }
      }
      constraints[p] = declared.toArray(new Constraint[0]);
      boolean keepsWire = kinds[p].keepsWire();
      wireSlots[p] = keepsWire ? slot++ : -1;
      if ((flags[p] & REQUIRED) != 0 || constraints[p].length > 0 || kinds[p].insideChecks) {
        checks.add(p);
        boolean onlyPatterns = declared.stream().allMatch(c -> c.pattern() != null);
        if (p < 64 && ((flags[p] & (REQUIRED | DEFAULT)) != 0 || !onlyPatterns || kinds[p].insideChecks)) {
          readCheckBits |= 1L << p;
        }
      }
      if ((flags[p] & DEFAULT) != 0) {
        defaulted.add(p);
        if (p < 64) {
          defaultedBits |= 1L << p;
        }
      }
      if ((flags[p] & REQUIRED) != 0) {
        requiredBits.set(p);
      }
    }
    this.required = requiredBits;
    long[] words = requiredBits.toLongArray();
    this.requiredFirst64 = words.length == 0 ? 0L : words[0];
    this.unknownSlot = slot;
    this.members = new JsonMembers(jsonNames, aliases);
    this.checked = checks.stream().mapToInt(Integer::intValue).toArray();
    this.defaults = defaulted.stream().mapToInt(Integer::intValue).toArray();
    this.readChecks = count <= 64 ? readCheckBits : 0L;
    this.defaultBits = count <= 64 ? defaultedBits : 0L;
    this.frozenDefaults = new FrozenDefault[count];
    this.lastWritten = new EncodedValue[count];
    TYPES.register(type, this);
  }

  /** Further JSON names a property accepts on read ({@code @JsonAlias}), for a property row. */
  protected static Object aliases(String... names) {
    return new Aliases(names.clone());
  }

  private static final class Aliases {
    final String[] names;

    Aliases(String[] names) {
      this.names = names;
    }
  }

  // ---- What the generated class supplies ---------------------------------------------------

  /** A new instance with every property unset, {@code @Default} ones too. */
  protected abstract M create();

  /** The value of a slot (primitives boxed). */
  protected abstract Object get(M model, int slot);

  /** Sets a slot (primitives unboxed; never null for them). */
  protected abstract void set(M model, int slot, Object value);

  /** Sets a {@code @Default} property to what its default method returns. */
  protected void initDefault(M model, int property) {
    throw new UnsupportedOperationException(names[property] + " has no @Default");
  }

  // ---- Lookup ------------------------------------------------------------------------------

  /** The descriptor of a generated class, initializing the class if need be. */
  static ModelType<?> of(Class<?> type) {
    ModelType<?> found = find(type);
    if (found == null) {
      throw new IllegalArgumentException(type.getName() + " is not a class generated by apimodel");
    }
    return found;
  }

  private static ModelType<?> find(Class<?> type) {
    return TYPES.find(type);
  }

  /** The descriptor of a generated model's class, or null for any other value. */
  static ModelType<?> ofInstance(Object value) {
    return value instanceof ApiObject ? find(value.getClass()) : null;
  }

  /**
   * Whether the member {@code name} is read as a string: by a {@code String} property of that JSON
   * name, or as an unknown field when no property claims it.
   */
  final boolean takesString(String name) {
    int p = members.index(name);
    return p < 0 || kinds[p] == Kinds.STRING;
  }

  /**
   * Reads the rest of an object whose first member, the string {@code name} = {@code value}, a
   * union's reader took ({@code $objectType}): the input is on the next member's name or the
   * object's end. The member counts as read first, into its property or first among the unknown
   * fields, so that a second one is a duplicate, as in any object.
   */
  final M readObjectAfter(JsonInput in, String name, String value) throws IOException {
    in.startObject();
    M model = create();
    BitSet seen = new BitSet(count);
    int p = members.index(name);
    if (p >= 0) {
      set(model, p, value);
      seen.set(p);
    } else {
      Map<String, Object> unknown = new LinkedHashMap<>();
      unknown.put(name, value);
      set(model, unknownSlot, unknown);
    }
    return readMembers(in, model, seen);
  }

  /**
   * For generated readers: the {@code @Pattern} of a {@code String} property, or null. A generated
   * reader reads such a property with {@link JsonInput#string(StringPattern)}, which checks it.
   */
  public final StringPattern pattern(int property) {
    for (Constraint c : constraints[property]) {
      if (c.pattern() != null) {
        return c.pattern();
      }
    }
    return null;
  }

  /** The JSON member names, for generated readers and writers. */
  public final JsonMembers members() {
    return members;
  }

  // ---- Validation --------------------------------------------------------------------------

  /** The violations of a model, its nested models included; empty when it is valid. */
  public final List<Violation> validate(M model) {
    Validation out = new Validation();
    collect(model, out);
    return out;
  }

  final void collectAny(Object model, List<Violation> out) {
    collect(type.cast(model), out);
  }

  private void collect(M model, List<Violation> out) {
    Validation walk = out instanceof Validation v ? v : null;
    if (walk != null) {
      walk.enter(model);
    }
    BitSet absent = walk == null ? null : walk.absentRequired(model);
    for (int p : checked) {
      Object value = get(model, p);
      if (value == null && absent != null && absent.get(p)) {
        continue; // left out of the JSON document it was read from: not a violation on read
      }
      checkProperty(p, value, out, true);
    }
    if (walk != null) {
      walk.leave();
    }
  }

  /**
   * The violations of a model just read from {@code in}, as a read reports them: like
   * {@link #validate}, except that a {@code @Required} member absent from the document is not a
   * violation (APIs return partial objects, such as a {@code $select} projection); a present
   * {@code null} still is.
   */
  public static List<Violation> validateRead(Object model, JsonInput in) {
    if (in.notes().allPassed()) {
      return List.of(); // every model of the document passed the checks at its object's end
    }
    Validation out = new Validation(in);
    ofInstance(model).collectAny(model, out);
    return out;
  }

  private void checkProperty(int p, Object value, List<Violation> out, boolean deep) {
    checkProperty(p, value, out, deep, false);
  }

  /** @param patternRead whether the {@code @Pattern} was checked as the value was read, and is left out */
  private void checkProperty(int p, Object value, List<Violation> out, boolean deep, boolean patternRead) {
    String path = names[p];
    if (value == null) {
      if ((flags[p] & REQUIRED) != 0) {
        Violations.mustNotBeNull(out, path);
      }
      return;
    }
    boolean redacted = (flags[p] & REDACTED) != 0;
    for (Constraint c : constraints[p]) {
      if (!patternRead || c.pattern() == null) {
        c.check(value, path, out, redacted);
      }
    }
    Kind kind = kinds[p];
    if (kind.insideChecks) {
      int before = out.size();
      kind.checkInside(value, out, deep);
      if (out.size() > before) {
        Violations.nest(out, before, path);
      }
    }
  }

  /**
   * A setter's check: the constraints of one property and its null items, not the models it
   * holds (those are checked by {@code validate()} and {@code build()}).
   *
   * @throws io.apimodel.runtime.ModelValidationException listing what is wrong
   */
  public final void check(int property, Object value) {
    List<Violation> out = new ArrayList<>(0);
    checkProperty(property, value, out, false);
    Violations.throwIfAny(out);
  }

  /** A setter's check of a list, map or untyped value: its unmodifiable copy, checked. */
  public final <T> T checked(int property, T value) {
    @SuppressWarnings("unchecked")
    T frozen = (T) kinds[property].freeze(value);
    check(property, frozen);
    return frozen;
  }

  /**
   * A {@code @Default} method's value of a list, map or untyped property, frozen: the frozen copy
   * made last time when the method returns an equal value again, so that a constant default such
   * as {@code Map.of("$fv", "v4.r0")} costs no copy per object.
   */
  public final <T> T frozenDefault(int property, T value) {
    FrozenDefault last = frozenDefaults[property];
    if (last == null || !last.matches(value)) {
      last = new FrozenDefault(kinds[property].freeze(value));
      frozenDefaults[property] = last;
    }
    Object frozen = last.frozen;
    @SuppressWarnings("unchecked")
    T result = (T) frozen;
    return result;
  }

  // ---- Copies ------------------------------------------------------------------------------

  /**
   * What a builder's {@code build()} returns: a copy of the draft with unmodifiable lists and
   * maps, after checking every constraint of the whole object graph.
   *
   * @throws io.apimodel.runtime.ModelValidationException listing every violation
   */
  public final M build(M draft) {
    M result = create();
    for (int s = 0; s < unknownSlot; s++) {
      Object value = get(draft, s);
      set(result, s, s < count && !kinds[s].plain ? kinds[s].freeze(value) : value);
    }
    set(result, unknownSlot, copyOfUnknown(draft));
    Violations.throwIfAny(validate(result));
    return result;
  }

  /** A copy for {@code toBuilder()}: lists and maps are shared (they are unmodifiable). */
  public final M copy(M model) {
    M result = create();
    for (int s = 0; s < unknownSlot; s++) {
      set(result, s, get(model, s));
    }
    set(result, unknownSlot, copyOfUnknown(model));
    return result;
  }

  private Map<String, Object> copyOfUnknown(M model) {
    Map<String, Object> unknown = unknown(model);
    return unknown == null ? null : new LinkedHashMap<>(unknown);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> unknown(M model) {
    return (Map<String, Object>) get(model, unknownSlot);
  }

  // ---- Unknown fields ----------------------------------------------------------------------

  /**
   * Adds or replaces an unknown field.
   *
   * @param unknown the model's map, or null before the first one
   * @return the map with the field, created if need be
   * @throws IllegalArgumentException if {@code name} is a declared property's JSON name or alias
   */
  public final Map<String, Object> putUnknown(Map<String, Object> unknown, String name, Object value) {
    Objects.requireNonNull(name, "name");
    if (members.declares(name)) {
      throw new IllegalArgumentException(
          "`" + name + "` is a declared property of " + type.getSimpleName() + "; use its setter");
    }
    Object frozen = Values.freeze(value);
    List<Violation> problems = new ArrayList<>(0);
    if (frozen != null) {
      Kinds.ANY.checkInside(frozen, problems, false);
    }
    if (!problems.isEmpty()) {
      Violation v = problems.get(0); // "Invalid value for `[2]`, must be ..., not a java.lang.Thread"
      String rule = v.message().substring(v.message().indexOf("`, ") + 3);
      throw new IllegalArgumentException(
          "unknown field `" + name + "`" + (v.path().isEmpty() ? "" : " at " + v.path()) + ": " + rule);
    }
    Map<String, Object> target = unknown == null ? new LinkedHashMap<>() : unknown;
    target.put(name, frozen);
    return target;
  }

  // ---- toDict, equals, hashCode ------------------------------------------------------------

  /** {@code toDict()}. */
  public final Map<String, Object> toDict(M model) {
    return toDict(model, false);
  }

  /** What {@code toStr()} prints: {@code toDict()} with non-null {@code @Redacted} values as {@code "***"}. */
  public final Map<String, Object> toRedactedDict(M model) {
    return toDict(model, true);
  }

  /** {@code toDict(redacted)}: with {@code redacted}, non-null {@code @Redacted} values are {@code "***"}. */
  public final Map<String, Object> toDict(M model, boolean redacted) {
    return toDict(model, new DictWalk(redacted));
  }

  final Map<String, Object> toDictAny(Object model, DictWalk walk) {
    return toDict(type.cast(model), walk);
  }

  private Map<String, Object> toDict(M model, DictWalk walk) {
    Map<String, Object> ancestor = walk.dictOf(model);
    if (ancestor != null) {
      return ancestor; // a cycle: the dict of the model this one is inside of, so the dicts hold it too
    }
    Map<String, Object> dict = new LinkedHashMap<>(count * 4 / 3 + 1);
    walk.enter(model, dict);
    for (int p = 0; p < count; p++) {
      dict.put(dictKeys[p], dictValue(model, p, walk));
    }
    walk.leave();
    return dict;
  }

  private Object dictValue(M model, int p, DictWalk walk) {
    Object value = get(model, p);
    if (value == null) {
      return null;
    }
    if (walk.redacted && (flags[p] & REDACTED) != 0) {
      return Dicts.REDACTED;
    }
    Kind kind = kinds[p];
    if (wireSlots[p] >= 0 && get(model, wireSlots[p]) != null) {
      return kind.dict(value, get(model, wireSlots[p]), walk);
    }
    return kind.plain ? value : kind.dict(value, walk);
  }

  /** Equal when of the same class with equal properties, unknown wire strings and unknown fields. */
  public final boolean equal(M model, Object other) {
    if (model == other) {
      return true;
    }
    if (!type.isInstance(other)) {
      return false;
    }
    M that = type.cast(other);
    IdentityStack comparing = COMPARING.get();
    if (comparing.containsPair(model, that)) {
      return true; // a cycle: these two are being compared further up, which decides
    }
    comparing.push(model, that);
    try {
      for (int s = 0; s < unknownSlot; s++) {
        if (!Objects.equals(get(model, s), get(that, s))) {
          return false;
        }
      }
      return Values.unknownView(unknown(model)).equals(Values.unknownView(unknown(that)));
    } finally {
      comparing.pop();
    }
  }

  /** A hash of what {@link #equal} compares; a model met again inside itself (a cycle) counts 0. */
  public final int hash(M model) {
    IdentityStack inside = HASHING.get();
    if (inside.contains(model)) {
      return 0;
    }
    inside.push(model, null);
    try {
      int h = 1;
      for (int s = 0; s < unknownSlot; s++) {
        h = 31 * h + Objects.hashCode(get(model, s));
      }
      return 31 * h + Values.unknownView(unknown(model)).hashCode();
    } finally {
      inside.pop();
    }
  }

  // ---- JSON --------------------------------------------------------------------------------

  /**
   * After a generated reader has read a model's members and set the {@code @Default} properties
   * that the JSON lacked or gave as {@code null} (it calls their initializers itself): tells
   * {@code in} which {@code @Required} members it lacked (see {@link #validateRead}) and checks the
   * model (see {@link #passes}). For models of at most 64 properties.
   *
   * @param seen the members read, one bit per property
   */
  public final void afterRead(M model, long seen, JsonInput in) {
    long absent = requiredFirst64 & ~seen;
    BitSet absentBits = null;
    if (absent != 0) {
      absentBits = BitSet.valueOf(new long[] {absent});
      in.notes().absentRequired(model, absentBits);
    }
    // Only properties that were read or defaulted can hold anything: the others are null, and an
    // absent @Required member is allowed.
    long due = readChecks & (seen | defaultBits);
    if (due != 0 && in.notes().allPassed() && !passes(model, due, absentBits, in.notes().scratch())) {
      in.notes().markFailed();
    }
  }

  /**
   * Whether a model that a reader of the fast lane has just read passes the checks that
   * {@link #afterRead(Object, long, JsonInput)} makes at its object's end, an absent
   * {@code @Required} member being allowed as it is there. A reader that gets false reads the
   * document again with a {@link JsonInput}, to report what failed.
   *
   * @param seen the members read, one bit per property
   * @param checkedOnRead properties whose checks the reader made as it read them, none of them
   *     {@code @Required} or {@code @Default}: left out here
   * @param scratch an empty list, left empty
   */
  public final boolean passesRead(M model, long seen, long checkedOnRead, List<Violation> scratch) {
    long due = readChecks & (seen | defaultBits) & ~checkedOnRead;
    if (due == 0) {
      return true;
    }
    long absent = requiredFirst64 & ~seen;
    return passes(model, due, absent == 0 ? null : BitSet.valueOf(new long[] {absent}), scratch);
  }

  /** {@link #passesRead(Object, long, long, List)} for models with more than 64 properties. */
  public final boolean passesRead(M model, BitSet seen, List<Violation> scratch) {
    BitSet absent = null;
    if (!required.isEmpty()) {
      absent = (BitSet) required.clone();
      absent.andNot(seen);
    }
    return passesAll(model, absent, true, scratch);
  }

  /** {@link #afterRead(Object, long, JsonInput)} for models with more than 64 properties. */
  public final void afterRead(M model, BitSet seen, JsonInput in) {
    afterRead(model, seen, true, in);
  }

  /** @param patternsRead whether the reader checked each {@code @Pattern} string as it read it (see {@link #pattern}) */
  private void afterRead(M model, BitSet seen, boolean patternsRead, JsonInput in) {
    BitSet absent = null;
    if (!required.isEmpty()) {
      absent = (BitSet) required.clone();
      absent.andNot(seen);
      if (absent.isEmpty()) {
        absent = null;
      } else {
        in.notes().absentRequired(model, absent);
      }
    }
    if (checked.length > 0 && in.notes().allPassed()) {
      if (!passesAll(model, absent, patternsRead, in.notes().scratch())) {
        in.notes().markFailed();
      }
    }
  }

  /**
   * The check of a model whose object just ended: what {@link #validateRead} would find in this
   * model itself, its lists, maps and unions, but not in the models they hold, which had this
   * check at their own end (values that {@code @Default} methods made are checked whole). A reader
   * that gets false tells its input, and {@link #validateRead} then checks the whole document again,
   * to report every violation in order with its path; a document that passes is not walked again.
   *
   * @param due the properties to look at, one bit each (see {@link #readChecks}); the reader checked
   *     the {@code @Pattern} of each string it read
   * @param absent the {@code @Required} properties the object lacked, or null
   * @param scratch an empty list, left empty
   */
  private boolean passes(M model, long due, BitSet absent, List<Violation> scratch) {
    for (long bits = due; bits != 0; bits &= bits - 1) {
      if (!checkReadProperty(model, Long.numberOfTrailingZeros(bits), absent, true, scratch)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@link #passes(Object, long, BitSet, List)} of every property with anything to check: for
   * models of more than 64 properties and for {@link #readMembers}.
   *
   * @param patternsRead whether the reader checked the {@code @Pattern} of each string it read
   */
  private boolean passesAll(M model, BitSet absent, boolean patternsRead, List<Violation> scratch) {
    for (int p : checked) {
      if (!checkReadProperty(model, p, absent, patternsRead, scratch)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether property {@code p} of a model just read passes its checks; {@code scratch} is an empty
   * list to collect into, left empty.
   */
  private boolean checkReadProperty(M model, int p, BitSet absent, boolean patternsRead, List<Violation> scratch) {
    Object value = get(model, p);
    if (value == null) {
      return (flags[p] & REQUIRED) == 0 || absent != null && absent.get(p);
    }
    boolean made = (flags[p] & DEFAULT) != 0;
    // A value that no reader made is checked whole, stopping at cycles; one that was read had its
    // pattern checked by a generated reader.
    List<Violation> out = made && kinds[p].insideChecks ? new Validation() : scratch;
    checkProperty(p, value, out, made, patternsRead && !made);
    if (out.isEmpty()) {
      return true;
    }
    out.clear();
    return false;
  }

  /**
   * Sets the {@code @Default} properties that the JSON lacked or gave as {@code null}: for {@link
   * #readMembers}, whose model has no reader of its own that does it.
   *
   * @param seen the members read, one bit per property
   */
  private void initDefaults(M model, BitSet seen) {
    for (int p : defaults) {
      if (!seen.get(p) || (flags[p] & PRIMITIVE) == 0 && get(model, p) == null) {
        initDefault(model, p);
      }
    }
  }

  /** For generated readers: a value of property {@code property}'s type (a map, a nested list, ...). */
  public final <T> T readValue(int property, JsonInput in) throws IOException {
    @SuppressWarnings("unchecked")
    T value = (T) kinds[property].read(in);
    return value;
  }

  /** For generated writers: a non-null value of property {@code property}'s type. */
  public final void writeValue(int property, Object value, JsonOutput out) throws IOException {
    kinds[property].write(value, out);
  }

  /**
   * For generated writers: a non-null list or map of property {@code property} with the unknown
   * wire strings it was read with ({@code overlay}, null for none), written back as they were.
   */
  public final void writeValue(int property, Object value, Object overlay, JsonOutput out) throws IOException {
    kinds[property].write(value, overlay, out);
  }

  /**
   * For generated writers: the non-null value of a {@code @Default} {@code String} or
   * {@code Map<String, String>} property. Equal to the last value written for the property (as a
   * {@code $objectType} nearly always is), it is written from its kept JSON text.
   */
  public final void writeDefaulted(int property, Object value, JsonOutput out) throws IOException {
    EncodedValue last = lastWritten[property];
    if (last != null && (last.value == value || last.value.equals(value))) {
      out.encoded(last);
      return;
    }
    EncodedValue made = EncodedValue.of(value);
    if (made == null) {
      kinds[property].write(value, out);
      return;
    }
    lastWritten[property] = made; // immutable: a race only keeps one of two equal-purpose values
    out.encoded(made);
  }

  /** Reads the object the input is on, without checking constraints; null for JSON null. */
  final M readObject(JsonInput in) throws IOException {
    if (!in.startObject()) {
      return null;
    }
    return readMembers(in, create(), new BitSet(count));
  }

  /** Reads the members of the object the input is in into {@code model}; {@code seen}: those read already. */
  private M readMembers(JsonInput in, M model, BitSet seen) throws IOException {
    int member;
    while ((member = in.nextMember(members)) != JsonInput.END) {
      if (member == JsonInput.UNKNOWN) {
        set(model, unknownSlot, in.unknown(unknown(model)));
        continue;
      }
      in.once(seen, member);
      if (wireSlots[member] >= 0) {
        Object value = in.isNull() ? null : kinds[member].read(in);
        set(model, member, value);
        set(model, wireSlots[member], value == null ? null : in.overlay());
        continue;
      }
      Object value = kinds[member].read(in);
      if (value != null || (flags[member] & PRIMITIVE) == 0) {
        set(model, member, value);
      }
    }
    if (defaults.length > 0) {
      initDefaults(model, seen);
    }
    afterRead(model, seen, false, in);
    return model;
  }

  /** Writes a model as a JSON object: JSON names in property order, nulls left out, then unknown fields. */
  final void writeObject(M model, JsonOutput out) throws IOException {
    out.startObject();
    for (int p = 0; p < count; p++) {
      Object value = get(model, p);
      if (value == null) {
        continue;
      }
      out.name(members.name(p));
      Object wire = wireSlots[p] >= 0 ? get(model, wireSlots[p]) : null;
      if (wire != null) {
        kinds[p].write(value, wire, out);
      } else if ((flags[p] & DEFAULT) != 0 && (kinds[p] == Kinds.STRING || kinds[p] == Kinds.STRING_MAP)) {
        writeDefaulted(p, value, out);
      } else {
        kinds[p].write(value, out);
      }
    }
    out.unknown(unknown(model));
    out.endObject();
  }

  final void writeAny(Object model, JsonOutput out) throws IOException {
    writeJson(type.cast(model), out);
  }

  /**
   * Reads the object the input is on, as {@link #readObject} does. A class with a generated
   * streaming codec overrides this with the codec's reader: the same result from straight-line
   * code, for the models that lists of lists, maps, {@code Object} values and unions hold.
   */
  protected M readJson(JsonInput in) throws IOException {
    return readObject(in);
  }

  /** Writes a model as {@link #writeObject} does; a class with a generated codec overrides it with the codec's writer. */
  protected void writeJson(M model, JsonOutput out) throws IOException {
    writeObject(model, out);
  }

  /**
   * The mapping that needs only jackson-annotations, reading: the object Jackson handed over as
   * tokens, read and then checked as a whole. Failures are those of the JSON library the tokens
   * came from (Jackson's, naming the path), or else apimodel's own.
   *
   * @throws IOException for a value of the wrong JSON type, or violations, as the library reports them
   * @throws io.apimodel.runtime.JsonReadException for a value of the wrong JSON type, naming its path
   * @throws io.apimodel.runtime.ModelValidationException listing every violation of the document
   */
  public final M read(JsonTokens json) throws IOException {
    JsonInput in = json.input();
    M model = readObject(in);
    if (model != null) {
      List<Violation> violations = validateRead(model, in);
      if (!violations.isEmpty()) {
        ModelValidationException e = new ModelValidationException(violations);
        if (json.failures() != null) {
          throw json.failures().violations(type, e);
        }
        throw e;
      }
    }
    return model;
  }

  /** The mapping that needs only jackson-annotations, writing: the model as tokens for Jackson. */
  public final JsonTokens write(M model) {
    JsonTokens.Recorder out = new JsonTokens.Recorder();
    try {
      writeObject(model, out);
    } catch (IOException e) {
      throw new IllegalStateException(e); // token buffers fail unchecked
    }
    return out.tokens();
  }
}
