package io.apimodel.sample;

import static io.apimodel.sample.ToStrValues.date;
import static io.apimodel.sample.ToStrValues.dec;
import static io.apimodel.sample.ToStrValues.dt;
import static io.apimodel.sample.ToStrValues.list;
import static io.apimodel.sample.ToStrValues.map;
import static io.apimodel.sample.ToStrValues.strings;
import static io.apimodel.sample.ToStrValues.typed;
import static io.apimodel.sample.ToStrValues.uid;

import io.apimodel.sample.dict.DictKeyOverrides;
import io.apimodel.sample.dict.JsonKeys;
import io.apimodel.sample.dict.JsonOverrides;
import io.apimodel.sample.dict.Leaf;
import io.apimodel.sample.dict.Scalars;
import io.apimodel.sample.dict.Secrets;
import io.apimodel.sample.dict.Shade;
import io.apimodel.sample.dict.ShadeCollections;
import io.apimodel.sample.dict.SnakeKeys;
import io.apimodel.sample.dict.Tone;
import java.math.BigInteger;
import java.util.List;

/**
 * Section 2 of {@code src/test/python/make_tostr_cases.py}: the test models of {@code
 * io.apimodel.sample.dict}, case by case in the script's order and under its names.
 */
final class DictModelToStrCases {

  private DictModelToStrCases() {}

  static void addTo(ToStrValues.Cases cases) {
    // new Scalars(): primitives 0 / 0.0 / false, everything else null.
    cases.add("scalars_new", Scalars::new);

    cases.add("scalars_full", () -> Scalars.builder()
        .text("hello")
        .flag(true)
        .count(-2147483648)
        .total(9223372036854775807L)
        .ratio(2.5)
        .boxedFlag(false)
        .boxedCount(2147483647)
        .boxedTotal(-9223372036854775808L)
        .boxedRatio(-1.5)
        .amount(dec("1.50"))
        .bigNumber(BigInteger.TWO.pow(100))
        .uuid(uid("148ee646-25d0-46f6-9977-61ad02acc5e1"))
        .at(dt("2024-06-07T11:11:34.85353Z"))
        .day(date(2024, 6, 7))
        .any("anything")
        .shade(Shade.DARK_BLUE)
        .tones(List.of(Tone.DIM, Tone.BRIGHT))
        .toneByName(typed("b", Tone.BRIGHT, "a", Tone.DIM))
        .leaf(Leaf.builder().name("leaf").size(1).build())
        .nested(List.of(typed("k", List.of(Leaf.builder().name("n").size(2).build()))))
        .extras(map("x", 1, "y", "z"))
        .matrix(List.of(List.of("a", "b"), List.of("c")))
        .times(List.of(dt("2024-06-07T11:11:00Z")))
        .doubles(List.of(0.5))
        .build());

    cases.add("floats", () -> Scalars.builder()
        .ratio(0.1)
        .boxedRatio(1e-05)
        .doubles(List.of(1e16, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e22, 1e23,
            0.30000000000000004, 123456789.0, 1e-4, 5e-324, 1.7976931348623157e308))
        .any(list(0.1, 1e-05, 1e16, -0.0))
        .build());

    cases.add("decimals_uuids_dates", () -> Scalars.builder()
        .amount(dec("-0.000001"))
        .bigNumber(BigInteger.TWO.pow(70).negate())
        .uuid(uid("00000000-0000-0000-0000-000000000000"))
        .day(date(1, 1, 1))
        .extras(map("d1", dec("1E+3"), "d2", dec("0.0000001"), "d3", dec("123456789.123456789"),
            "u", uid("ffffffff-ffff-ffff-ffff-ffffffffffff"), "date", date(9999, 12, 31)))
        .build());

    // A list of date-times: UTC, +05:30, -08:00, with and without seconds and micros;
    // nanoseconds are cut to microseconds.
    cases.add("datetimes_list", () -> Scalars.builder()
        .at(dt("2024-06-07T11:11:34.123456789Z"))
        .times(List.of(
            dt("2024-06-07T11:11:00Z"),
            dt("2024-06-07T11:11:34Z"),
            dt("2024-06-07T11:11:34.85353Z"),
            dt("2024-06-07T16:41:00+05:30"),
            dt("2024-06-07T16:41:34.000001+05:30"),
            dt("2024-06-07T03:11:00-08:00"),
            dt("2024-06-07T03:11:34.5-08:00"),
            dt("2024-06-07T11:11:00.000000999Z")))
        .build());

    cases.add("none_true_false", () -> Scalars.builder()
        .flag(true)
        .boxedFlag(false)
        .any(null)
        .extras(map("t", true, "f", false, "n", null, "list", list(null, true, false)))
        .build());

    cases.add("object_values", () -> Scalars.builder()
        .any(map("list", list(1, 2.5, true, null, "x", map("k", list())), "n", 9223372036854775807L, "neg", -7,
            "big", BigInteger.TWO.pow(70), "map", map("b", map("c", map("d", list(list(), list(list()))))))).build());

    cases.add("strings_quotes", () -> Scalars.builder()
        .text("it's")
        .any("say \"hi\"")
        .extras(map("single", "'", "double", "\"", "both", "it's \"quoted\"", "none", "plain"))
        .matrix(List.of(List.of("'", "\"", "'\""), List.of("a'b", "a\"b")))
        .build());

    cases.add("strings_escapes", () -> Scalars.builder()
        .text("back\\slash")
        .extras(map(
            "newline", "line1\nline2",
            "tab", "a\tb",
            "cr", "a\rb",
            "nul", "\u0000",
            "bell_esc_del", "\u0007\u001b\u007f",
            "c1", "\u0080\u0085\u009f",
            "nbsp_shy", "\u00a0\u00ad",
            "separators", "\u2028\u2029",
            "bom", "\ufeff",
            "backslash_n", "\\n",
            "mixed", "'\\\"\n"))
        .build());

    cases.add("strings_non_ascii", () -> Scalars.builder()
        .text("Café naïve Ünïcödé")
        .extras(map(
            "cjk", "日本語のテキスト",
            "emoji", "😀👍🏽",
            "math", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
            "combining", "e\u0301",
            "rtl", "مرحبا",
            "greek", "αβγ",
            "surrogate_key_😀", "value"))
        .build());

    cases.add("strings_long_split", () -> Scalars.builder()
        .text("The quick brown fox jumps over the lazy dog. ".repeat(4))
        .any(list("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore",
            "short"))
        .extras(map("nested", map("deeper", "Sphinx of black quartz, judge my vow; pack my box with five dozen liquor jugs. Done.")))
        .matrix(List.of(List.of("a".repeat(90))))
        .build());

    cases.add("strings_long_multiline", () -> Scalars.builder()
        .text("first line is here\nsecond line is a bit longer than the first one and goes on and on and on\n\nlast")
        .extras(map("unicode", "Ünïcödé text repeated to make it long enough to wrap: " + "日本語 ".repeat(12)))
        .build());

    cases.add("empty_collections", () -> Scalars.builder()
        .tones(List.of())
        .toneByName(typed())
        .nested(List.of(typed(), typed("empty", List.of())))
        .extras(map("list", list(), "map", map()))
        .matrix(List.of(List.of()))
        .times(List.of())
        .doubles(List.of())
        .any(list())
        .build());

    cases.add("nested_lists_dicts", () -> Scalars.builder()
        .nested(List.of(
            typed("first", List.of(Leaf.builder().name("a").size(1).build(), Leaf.builder().name("b").size(null).build()),
                "second", List.of()),
            typed(),
            typed("third", List.of(Leaf.builder().name("a fairly long leaf name to force wrapping of the nested dict").size(3).build()))))
        .matrix(List.of(List.of("x", "y", "z"), List.of(),
            List.of("a much longer string in a nested list that pushes the width over 80")))
        .extras(map("outer", map("inner", map("list", list(1, list(2, list(3, list(4)))), "map", map("k", "v")))))
        .build());

    cases.add("enum_wire_strings", () -> Scalars.builder()
        .shade(Shade.LIGHT_GREEN)
        .tones(List.of(Tone.BRIGHT, Tone.DIM, Tone.BRIGHT))
        .toneByName(typed("sun", Tone.BRIGHT, "moon", Tone.DIM))
        .build());

    cases.add("enum_wire_strings_in_collections", () -> ShadeCollections.builder()
        .shade(Shade.DARK_BLUE)
        .shades(List.of(Shade.DARK_BLUE, Shade.LIGHT_GREEN, Shade.RED, Shade.UNKNOWN))
        .shadeByName(typed("sky", Shade.DARK_BLUE, "grass", Shade.LIGHT_GREEN))
        .shadeMaps(List.of(typed("a", Shade.LIGHT_GREEN), typed()))
        .build());

    cases.add("enum_wire_string_unknown", () -> JsonKeys.builder().shade(Shade.UNKNOWN).build());

    cases.add("json_keys", () -> JsonKeys.builder()
        .displayName("Web server")
        .vmUUID("5c1e9a7d-3f42-4b8e-9d16-2a7c4e8b1f93")
        .ipv4Address(167772161)
        .kind("vm")
        .shade(Shade.RED)
        .leaf(Leaf.builder().name("root").size(10).build())
        .leaves(List.of(Leaf.builder().name("l1").size(1).build(), Leaf.builder().name("l2").build()))
        .labels(strings("env", "prod", "Tier", "web"))
        .build());

    cases.add("snake_keys", () -> SnakeKeys.builder()
        .vmUUID("5c1e9a7d-3f42-4b8e-9d16-2a7c4e8b1f93")
        .ipv4Address("10.0.0.1")
        .extId("ext-1")
        .name("parent")
        .isCancelable(true)
        .displayName("Parent item")
        .numberOfSubTasks(1)
        .childLeaf(Leaf.builder().name("child").size(0).build())
        .subItems(List.of(SnakeKeys.builder().name("child").isCancelable(false).build()))
        .build());

    cases.add("dict_key_overrides", () -> DictKeyOverrides.builder()
        .extId("id-1")
        .typeName("custom.Type")
        .plainValue("plain")
        .specialKey(7)
        .nested(JsonOverrides.builder().objectType("dict.JsonOverrides").foo("foo").barBaz("bar").build())
        .build());

    cases.add("redacted_all_set", () -> Secrets.builder()
        .user("admin")
        .password("hunter2")
        .pin(1234)
        .seed(42)
        .credentials(Leaf.builder().name("key").size(2048).build())
        .tokens(List.of("t1", "t2"))
        .headers(map("Authorization", "Bearer abc"))
        .build());

    // Only the primitive seed (always set) shows '***'; null redacted values stay None.
    cases.add("redacted_all_null", Secrets::new);

    // Empty values are not null: they are redacted too. Children are not redacted but their own
    // redacted values are.
    cases.add("redacted_nested", () -> Secrets.builder()
        .user("root")
        .password("")
        .tokens(List.of())
        .headers(map())
        .children(List.of(
            Secrets.builder().user("child-1").password("secret").pin(0).build(),
            Secrets.builder().user("child-2").credentials(Leaf.builder().build())
                .children(List.of(Secrets.builder().tokens(List.of("deep")).build())).build()))
        .build());

    // Width limits, counted in code points: the one-line repr of a Leaf is 23 + len(name) long.
    String w80 = "n".repeat(57);
    String w81 = "n".repeat(58);
    String w80Emoji = "n".repeat(56) + "😀";
    cases.add("width_80_fits", () -> Leaf.builder().name(w80).size(1).build());
    cases.add("width_81_wraps", () -> Leaf.builder().name(w81).size(1).build());
    cases.add("width_80_code_points", () -> Leaf.builder().name(w80Emoji).size(1).build());

    // Nested width: in {'the-leaf': {...}} the inner dict gets indent 13 and allowance 1.
    String wInFits = "m".repeat(43);
    String wInWraps = "m".repeat(44);
    cases.add("width_nested_fits", () -> JsonKeys.builder().leaf(Leaf.builder().name(wInFits).size(1).build()).build());
    cases.add("width_nested_wraps", () -> JsonKeys.builder().leaf(Leaf.builder().name(wInWraps).size(1).build()).build());
  }
}
