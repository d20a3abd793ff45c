package io.apimodel.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link StringPattern#find} against {@code Pattern.compile(regex).matcher(value).find()}: on
 * seeded random strings built from each expression's own characters and their neighbours, line
 * terminators and surrogates, on mutations of matching examples, and on hand-picked edge cases.
 */
class StringPatternTest {

  static final String UUID = "^[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}$";
  static final String EXT_ID =
      "^[a-zA-Z0-9/+]*={0,2}:[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}";
  static final String A_UUID = "0a1B2c3D-4e5F-6789-abcd-EF0123456789";

  private static final int RANDOM_STRINGS = 3_000;
  private static final int MUTATIONS = 3_000;
  /** Characters every alphabet gets: line terminators, whitespace, a surrogate pair, others. */
  private static final List<String> EXTRA = List.of(
      "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\uD83D\uDE00", "\uD83D", "\uDE00", " ",
      "\t", "\u000B", "\f", "\u00e9", "_", "0", "9", "a", "z", "A", "Z", "x", "-", "=", ":", "/");
  private static final List<String> SUFFIXES = List.of(
      "", "\n", "\r", "\r\n", "\n\n", "\r\r", "\n\r", "\u0085", "\u2028", "\u2029", "x", "\uD83D\uDE00",
      "\uD83D", "a\n", "\r\n\n");

  /** Regular expressions and strings that match them (none for those that match everything). */
  static Stream<Arguments> cases() {
    return Stream.of(
        // The sample's patterns.
        args(UUID, A_UUID, "00000000-0000-0000-0000-000000000000"),
        args(EXT_ID, "ZXh0:" + A_UUID, "a/+Z==:" + A_UUID, ":" + A_UUID, "ab=:" + A_UUID + "tail"),
        // Each quantifier.
        args("^a", "a"), args("^ab", "ab"), args("^a*"), args("^a*b", "b", "aab"),
        args("^a+b", "ab", "aaab"), args("^a?b", "b", "ab"), args("^a{3}", "aaa"),
        args("^a{2,}b", "aab", "aaaab"), args("^a{2,4}b", "aab", "aaaab"), args("^a{0}b", "b"),
        args("^a{0,1}$", "", "a"), args("^a{1,3}$", "a", "aaa"), args("^a*$", "", "aa"),
        args("^a+$", "a"), args("^[ab]{2,3}c{1,2}$", "abc", "bbacc"), args("^a?b?c?$", "", "ac", "abc"),
        args("^x*y?z", "z", "xxyz"), args("^a*a*"), args("^"), args("^$", ""), args("^a$", "a"),
        args("^ab?$", "a", "ab"),
        // $ with every line terminator; fixed-length classes that contain line terminators.
        args("^\\s$", " ", "\n"), args("^\\s{2}$", "  ", "\r\n"), args("^a\r$", "a\r"),
        args("^[ab\n]$", "a", "\n"), args("^a\n$", "a\n"), args("^[\r\n]{2}$", "\r\n", "\n\n"),
        // Overlapping sets: greedy would be wrong, so these must fall back.
        args("^a*a", "a"), args("^[a-z]*[0-9a]", "a", "bb0"), args("^\\s*$", "", " \n"),
        args("^[ \n]*$", "", "\n"), args("^a?a$", "a", "aa"), args("^\\w+\\d", "a1", "11"),
        args("^[a-c]*b?c", "c", "abc"), args("^a?\n?$", "", "a\n"),
        args("^[ab\r]?$", "", "\r\n"), args("^a\r*$", "a\r\n"), args("^[x\u2028]*$", "", "x\u2028"), args("^a{1,2}a{2}", "aaa"),
        // Not anchored, or alternation.
        args("[a-f0-9]{4}", "beef", "xx0123"), args("a$", "a", "ba\n"), args("abc", "xabc"),
        args("\\d+", "x1"), args("a|^b", "ba", "b"), args("^a|b", "a", "xb"),
        // Classes: '-' first or last, metacharacters inside, ranges with odd ends.
        args("^[-a]+$", "-", "a-a"), args("^[a-]+$", "-", "a-"), args("^[-]$", "-"),
        args("^[--/]*x", "x", "-./x"), args("^[!--]+$", "!", "-,+"), args("^[a^]+$", "^", "a^"),
        args("^[.$*+?(){}|]+$", ".", "$*+?(){}|"), args("^[\\]\\[]x", "]x", "[x"),
        // Escaped characters.
        args("^\\.\\-\\/\\\\\\+\\*\\?\\(\\)\\[\\]\\{\\}\\|\\^\\$", ".-/\\+*?()[]{}|^$"),
        args("^\\_\\<\\>\\#\\ ", "_<># "), args("^a\\.b$", "a.b"), args("^[\\.\\-]+$", ".-."),
        // \d \w \s.
        args("^\\d+$", "0", "123"), args("^\\w+$", "a_Z0"), args("^\\s+x", " x", "\t\u000B\f\r\nx"),
        args("^[\\d\\s]+;", "1 ;"), args("^[\\w-]+$", "a-b_1"), args("^\\d{3}-\\d{4}$", "555-1234"),
        // Bit map edges (63, 64, 126, 127, 128) and characters past ASCII.
        args("^[?@~\u007f\u0080]+$", "?", "@~\u007f\u0080"), args("^[\u00e9-\u00fc]+$", "\u00e9\u00fc"),
        args("^[\u03b1-\u03c9]{2}", "\u03b1\u03c9"), args("^[\u00e9\u2028]x", "\u2028x"),
        args("^\u20ac?$", "", "\u20ac"), args("^[\u2028-\u2029]$", "\u2028"),
        args("^[a-c\u0100-\u0102\u0104\u0200-\u0300]+$", "a\u0101\u0104\u0250"),
        // Runs of eight bytes and more, sets of many ranges, fixed tails with and without them.
        args("^[a-z0-9]{20,}$", "abcdefghij0123456789xyz"), args("^[a-zA-Z0-9/+]*={0,2}$", "QUJDREVGR0hJSktMTU5PUA=="),
        args("^[a-bd-eg-hj-km-n]{9}[0-9]*$", "abdeghjkm012345678"), args("^x[0-9]{8}$", "x01234567"),
        args("^[0-9]{7}[a-bd-eg-hj-km-n]{2}$", "0123456ab"), args("^[0-9a-f]{16}:[0-9]{3}$", "0123456789abcdef:123"),
        args("^[A-Z]{2}[0-9]{4}[ ]?[0-9]{4}[ ]?[0-9]{4}$", "DE0123 4567 8901", "GB012345678901"),
        // Outside the subset in other ways.
        args("^a*?b", "b"), args("^a*+b", "aab"), args("^a++", "a"), args("^(ab)+$", "ab"),
        args("^a.b", "axb"), args("^[^a]+$", "b"), args("^\\D+$", "x"), args("^[a-z&&[^c]]+$", "ab"),
        args("^a$b"), args("^\\Qa.b\\E", "a.b"), args("^\uD83D\uDE00+", "\uD83D\uDE00"),
        args("^*a", "ba"), args("^?a", "ba"), args("^{0}a", "ba"), args("^+a", "a"),
        args("^[\\.-z]+", "e"), args("^[a-c-e]+", "-"), args("^(?i)abc", "ABC"), args("^\\x41", "A"),
        args("^\\u0041+", "AA"), args("^\\ta", "\ta"), args("^a{100001}"), args("^[a&b]", "&"),
        args("^[\u00e9-\uffff]", "\u00e9"));
  }

  private static Arguments args(String regex, String... matching) {
    return Arguments.of(regex, List.of(matching));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findsWhatJavaUtilRegexFinds(String regex, List<String> matching) {
    Pattern expected = Pattern.compile(regex);
    StringPattern actual = StringPattern.compile(regex);
    SplittableRandom random = new SplittableRandom(regex.hashCode());
    List<String> alphabet = alphabet(regex);
    int[] outcomes = new int[2];
    for (String seed : matching) {
      assertTrue(expected.matcher(seed).find(), () -> "not an example of " + regex + ": " + show(seed));
      for (String suffix : SUFFIXES) {
        check(expected, actual, seed + suffix, outcomes);
        check(expected, actual, suffix + seed, outcomes);
      }
      for (int k = 0; k <= seed.length(); k++) {
        check(expected, actual, seed.substring(0, k), outcomes);
      }
    }
    for (int k = 0; k < RANDOM_STRINGS; k++) {
      StringBuilder s = new StringBuilder();
      for (int n = random.nextInt(13); n > 0; n--) {
        s.append(alphabet.get(random.nextInt(alphabet.size())));
      }
      check(expected, actual, s.toString(), outcomes);
    }
    for (int k = 0; k < MUTATIONS && !matching.isEmpty(); k++) {
      String seed = matching.get(random.nextInt(matching.size()));
      check(expected, actual, mutate(seed, alphabet, random), outcomes);
    }
    if (!matching.isEmpty()) {
      assertTrue(outcomes[0] > 0 && outcomes[1] > 0, () -> regex + ": only one outcome was tried");
    }
  }

  private static void check(Pattern expected, StringPattern actual, String value, int[] outcomes) {
    boolean found = expected.matcher(value).find();
    if (actual.find(value) != found) {
      fail(actual.regex() + " on " + show(value) + ": expected " + found + " like java.util.regex"
          + (actual.usesFastPath() ? " (fast path)" : " (fallback)"));
    }
    if (value.chars().allMatch(c -> c < 0x80)) {
      // The same answer from the bytes, read where they lie in a JSON text, between other bytes.
      byte[] json = ("{\"k\":\"" + value + "\"}\u00e9 ").getBytes(StandardCharsets.UTF_8);
      if (actual.findAscii(json, 6, 6 + value.length()) != found) {
        fail(actual.regex() + " on the bytes of " + show(value) + ": expected " + found + " like java.util.regex");
      }
    }
    outcomes[found ? 1 : 0]++;
  }

  /** One to three random edits: replace, insert or delete a character, or cut the end. */
  private static String mutate(String seed, List<String> alphabet, SplittableRandom random) {
    StringBuilder s = new StringBuilder(seed);
    for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
      int at = random.nextInt(s.length() + 1);
      String token = alphabet.get(random.nextInt(alphabet.size()));
      switch (random.nextInt(4)) {
        case 0 -> s.insert(at, token);
        case 1 -> {
          if (at < s.length()) {
            s.replace(at, at + 1, token);
          }
        }
        case 2 -> {
          if (at < s.length()) {
            s.deleteCharAt(at);
          }
        }
        default -> s.setLength(at);
      }
    }
    return s.toString();
  }

  /** The expression's characters and their neighbours (to hit range ends), and {@link #EXTRA}. */
  private static List<String> alphabet(String regex) {
    Set<String> chars = new LinkedHashSet<>();
    for (char c : regex.toCharArray()) {
      for (int d = -1; d <= 1; d++) {
        chars.add(String.valueOf((char) (c + d)));
      }
    }
    chars.addAll(EXTRA);
    return new ArrayList<>(chars);
  }

  private static String show(String value) {
    StringBuilder s = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      s.append(c >= ' ' && c < 127 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return s.append('"').toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    UUID, EXT_ID, "^", "^$", "^a*b", "^a*a*", "^ab?$", "^[a-]+$", "^[-a]+$", "^[--/]*x",
    "^[.$*+?(){}|]+$", "^\\d{3}-\\d{4}$", "^[\\w-]+$", "^\\s{2}$", "^[\u00e9-\u00fc]+$",
    "^\\.\\-\\/\\\\", "^a{0}b", "^x*y?z", "^[ab]{2,3}c{1,2}$"})
  void runsTheSubsetWithoutJavaUtilRegex(String regex) {
    assertTrue(StringPattern.compile(regex).usesFastPath(), regex);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "^a*a", "^[a-z]*[0-9a]", "^\\s*$", "^[ab\r]?$", "^a\r*$", "^[ \n]*$", "^a?a$", "^a?\n?$", "^a{1,2}a{2}",
    "[a-f0-9]{4}", "a$", "^a|b", "^a*?b", "^a*+b", "^(ab)+$", "^a.b", "^[^a]+$", "^\\D+$",
    "^[a-z&&[^c]]+$", "^a$b", "^\\Qa.b\\E", "^\uD83D\uDE00+", "^*a", "^[\\.-z]+", "^[a-c-e]+",
    "^(?i)abc", "^\\x41", "^\\ta", "^a{100001}", "^[a&b]", "^[\u00e9-\uffff]", "^[]a]"})
  void leavesEverythingElseToJavaUtilRegex(String regex) {
    assertFalse(StringPattern.compile(regex).usesFastPath(), regex);
  }

  @Test
  void dollarMatchesAtTheEndAndBeforeOneFinalLineTerminator() {
    StringPattern a = StringPattern.compile("^a$");
    assertTrue(a.usesFastPath());
    for (String yes : List.of("a", "a\n", "a\r", "a\r\n", "a\u0085", "a\u2028", "a\u2029")) {
      assertTrue(a.find(yes), show(yes));
    }
    for (String no : List.of("", "ab", "a\n\n", "a\r\r", "a\n\r", "a\u000B", "a\f", "a \n", "a\r\n\n")) {
      assertFalse(a.find(no), show(no));
    }
    // A \n right after a \r that the expression took is no line terminator of its own.
    StringPattern space = StringPattern.compile("^\\s$");
    assertTrue(space.usesFastPath());
    assertFalse(space.find("\r\n"));
    assertTrue(space.find("\n\n"));
    assertTrue(space.find("\r\r"));
    assertTrue(StringPattern.compile("^$").find("\n"));
    assertTrue(StringPattern.compile("^$").find("\r\n"));
    assertFalse(StringPattern.compile("^$").find("\n\n"));
  }

  @Test
  void samplePatterns() {
    StringPattern uuid = StringPattern.compile(UUID);
    assertTrue(uuid.find(A_UUID));
    assertTrue(uuid.find(A_UUID + "\n"));
    assertFalse(uuid.find(A_UUID + "0"));
    assertFalse(uuid.find(A_UUID.replace('-', '_')));
    StringPattern extId = StringPattern.compile(EXT_ID);
    assertTrue(extId.find("dGFzaw==:" + A_UUID + " and more"));
    assertFalse(extId.find("dGFzaw===:" + A_UUID));
    assertFalse(extId.find("dGFz aw==:" + A_UUID));
  }

  @Test
  void aQuantifiedCaretCanMatchAnywhere() {
    assertTrue(StringPattern.compile("^*a").find("ba"));
    assertTrue(StringPattern.compile("^?a").find("ba"));
    assertFalse(StringPattern.compile("^a").find("ba"));
  }

  @Test
  void keepsTheRegexAndRejectsWhatPatternRejects() {
    assertEquals(EXT_ID, StringPattern.compile(EXT_ID).regex());
    assertEquals("^a|b", StringPattern.compile("^a|b").toString());
    assertThrows(PatternSyntaxException.class, () -> StringPattern.compile("^[a-"));
    assertThrows(PatternSyntaxException.class, () -> StringPattern.compile("^a{2,1}"));
    assertThrows(PatternSyntaxException.class, () -> StringPattern.compile("^a{"));
  }
}
