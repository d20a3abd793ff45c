package io.apimodel.runtime.jackson3;

import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.internal.JsonFailures;
import io.apimodel.runtime.internal.JsonInput;
import io.apimodel.runtime.internal.JsonMembers;
import io.apimodel.runtime.internal.JsonPaths;
import io.apimodel.runtime.internal.Rfc3339;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * A Jackson 3 parser as a {@link JsonInput}. Jackson 3's exceptions are unchecked, so failures are
 * thrown where {@link JsonInput} asks for them to be made: a {@code MismatchedInputException} whose
 * message names the path, with Jackson's location.
 */
public final class Jackson3Input extends JsonInput {

  private final JsonParser p;

  public Jackson3Input(JsonParser p) {
    this.p = p;
  }

  @Override
  protected int token() {
    return p.currentTokenId();
  }

  @Override
  protected int nextToken() {
    p.nextToken();
    return p.currentTokenId();
  }

  @Override
  protected String nextName() {
    return p.nextName();
  }

  /**
   * Moves to the next member name and onto its value, finding the property as Jackson 3's own bean
   * deserializers do: jackson-core matches the name against the object's names (from their bytes,
   * for a UTF-8 parser) without making a {@code String} of it.
   */
  @Override
  protected int nextMemberOf(JsonMembers members) {
    Matcher matcher = (Matcher) members.jackson3();
    if (matcher == null) {
      matcher = new Matcher(members);
      members.jackson3(matcher);
    }
    int match = p.nextNameMatch(matcher.names);
    if (match >= 0) {
      p.nextToken();
      return matcher.properties[match];
    }
    if (match == PropertyNameMatcher.MATCH_UNKNOWN_NAME) {
      p.nextToken();
      return UNKNOWN;
    }
    return END; // the object's end (a token that is neither is bad JSON, which the parser reports)
  }

  /** An object's names and aliases as jackson-core matches them, and the property of each. */
  private static final class Matcher {
    final PropertyNameMatcher names;
    final int[] properties;

    @SuppressWarnings("deprecation") // constructFrom(List, boolean): in every Jackson 3; Jackson 3.1 lacks its successor
    Matcher(JsonMembers members) {
      List<String> all = members.all();
      List<Named> named = new ArrayList<>(all.size());
      properties = new int[all.size()];
      for (int i = 0; i < all.size(); i++) {
        named.add(Named.fromString(all.get(i)));
        properties[i] = members.index(all.get(i));
      }
      names = BinaryNameMatcher.constructFrom(named, false);
    }
  }

  @Override
  protected String currentName() {
    return p.currentName();
  }

  @Override
  protected String text() {
    return p.getString();
  }

  @Override
  protected String numberText() {
    return p.getString();
  }

  @Override
  protected int integerSize() {
    switch (p.getNumberType()) {
      case INT:
        return INT_SIZE;
      case LONG:
        return LONG_SIZE;
      default:
        return BIG_SIZE;
    }
  }

  @Override
  protected int tokenInt() {
    return p.getIntValue();
  }

  @Override
  protected long tokenLong() {
    return p.getLongValue();
  }

  @Override
  protected BigInteger tokenBigInteger() {
    return p.getBigIntegerValue();
  }

  @Override
  protected double tokenDouble() {
    return p.getDoubleValue();
  }

  @Override
  protected BigDecimal tokenDecimal() {
    return p.getDecimalValue();
  }

  @Override
  protected OffsetDateTime tokenDateTime() {
    return Rfc3339.parse(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
  }

  @Override
  protected void markMap() {
    Jackson3Errors.markMap(p);
  }

  @Override
  protected JsonFailures failuresOfEndedObject() {
    return new Failures(p);
  }

  /** Throws the failure: Jackson 3's exceptions are unchecked, and the caller would throw it anyway. */
  @Override
  protected IOException invalid(String problem) {
    throw Jackson3Errors.invalid(p, problem);
  }

  /**
   * Failures of a copy of the object whose end the parser is on, thrown as the codec reports them;
   * the object's path is worked out on the first failure (the parser has not moved on then).
   */
  private static final class Failures implements JsonFailures {
    private final JsonParser p;
    private String prefix;

    Failures(JsonParser p) {
      this.p = p;
    }

    @Override
    public IOException invalid(String path, String problem) {
      if (prefix == null) {
        prefix = Jackson3Errors.endedObjectPath(p); // on END_OBJECT the context is the object's container's
      }
      throw Jackson3Errors.invalidAt(p, JsonPaths.join(prefix, path), problem);
    }

    @Override
    public IOException violations(Class<?> type, ModelValidationException violations) {
      throw Jackson3Errors.violations(p, type, violations);
    }
  }
}
