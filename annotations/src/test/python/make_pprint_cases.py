#!/usr/bin/env python3
"""Writes the expected outputs for io.apimodel.runtime.PythonReprTest.

Run with CPython 3.11 from the repository root:

    python3 annotations/src/test/python/make_pprint_cases.py

It writes annotations/src/test/resources/pprint/cases.json: a JSON array of cases
{"name": ..., "value": <how to build the Java value>, "expected": pprint.pformat(value)}.

The value encoding (read by PythonReprTest):
  null / true / false / "text"          None / True / False / str (String)
  {"t": "int", "v": "123", "j": J}      int; J is the Java type: "int" (default: Integer when
                                        it fits, else Long, else BigInteger), "long", "short",
                                        "byte", "big"
  {"t": "float", "v": "0.1"}            float (Double); v is repr(x): "nan", "inf", "-inf" too
  {"t": "float32", "v": "..."}          float from a Java Float (v is the widened double's repr)
  {"t": "decimal", "v": "1.50"}         Decimal (BigDecimal)
  {"t": "uuid", "v": "..."}             uuid.UUID (UUID)
  {"t": "date", "v": "2024-06-07"}      datetime.date (LocalDate)
  {"t": "datetime", "v": ISO}           aware datetime.datetime (OffsetDateTime), ISO may carry
                                        nanoseconds; Python gets them cut to microseconds
  {"t": "enum", "v": "DARK_BLUE"}       str (a constant of the test's enum)
  {"t": "object", "v": "text"}          str (a Java object whose toString() is text)
  {"t": "list", "v": [values]}          list (ArrayList)
  {"t": "dict", "v": [[key, value]...]} dict (LinkedHashMap, in this unsorted order)
"""

import datetime
import decimal
import json
import math
import os
import pprint
import random
import struct
import sys
import uuid

assert sys.version_info[:2] == (3, 11), "expected outputs must come from CPython 3.11"

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "..", "resources", "pprint", "cases.json")

# A value is a pair (python value, java description).


def s(text):
    return text, text


NONE = (None, None)
TRUE = (True, True)
FALSE = (False, False)


def i(n, java=None):
    desc = {"t": "int", "v": str(n)}
    if java:
        desc["j"] = java
    return n, desc


def f(x):
    return x, {"t": "float", "v": repr(x)}


def f32(x):
    widened = struct.unpack("<f", struct.pack("<f", x))[0]
    return widened, {"t": "float32", "v": repr(widened)}


def dec(text):
    return decimal.Decimal(text), {"t": "decimal", "v": text}


def uid(text):
    return uuid.UUID(text), {"t": "uuid", "v": text}


def date(y, m, d):
    return datetime.date(y, m, d), {"t": "date", "v": f"{y:04d}-{m:02d}-{d:02d}"}


def dt(y, mo, d, h=0, mi=0, sec=0, nanos=0, offset=0):
    """An aware datetime; offset in seconds; nanos are cut to micros on the Python side."""
    tz = datetime.timezone(datetime.timedelta(seconds=offset))
    value = datetime.datetime(y, mo, d, h, mi, sec, nanos // 1000, tzinfo=tz)
    sign = "-" if offset < 0 else "+"
    oh, rest = divmod(abs(offset), 3600)
    om, osec = divmod(rest, 60)
    off = f"{sign}{oh:02d}:{om:02d}" + (f":{osec:02d}" if osec else "")
    iso = f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{sec:02d}.{nanos:09d}{off}"
    return value, {"t": "datetime", "v": iso}


def enum(name):
    return name, {"t": "enum", "v": name}


def obj(text):
    return text, {"t": "object", "v": text}


def lst(*items):
    return [v[0] for v in items], {"t": "list", "v": [v[1] for v in items]}


def dct(*pairs):
    """pairs: (key, value); a key is a str or a (python, description) pair."""
    pairs = [(s(k) if isinstance(k, str) else k, v) for k, v in pairs]
    value = {k[0]: v[0] for k, v in pairs}
    assert len(value) == len(pairs)
    return value, {"t": "dict", "v": [[k[1], v[1]] for k, v in pairs]}


CASES = []


def case(name, value):
    assert all(c["name"] != name for c in CASES), name
    CASES.append({"name": name, "value": value[1], "expected": pprint.pformat(value[0])})


# --- scalars at the top level -------------------------------------------------------------
case("none", NONE)
case("true", TRUE)
case("false", FALSE)
case("int", i(123))
case("int_negative_long", i(-9223372036854775808, "long"))
case("int_short_byte", lst(i(-32768, "short"), i(127, "byte"), i(0)))
case("int_big", i(2 ** 100 + 7, "big"))
case("str_simple", s("hello"))
case("str_empty", s(""))
case("enum_and_object", lst(enum("DARK_BLUE"), obj("Thing{id=1, 'x'}")))

# --- floats ------------------------------------------------------------------------------
case("floats_special", lst(f(0.1), f(1e-05), f(1e16), f(1e23), f(-0.0), f(math.nan),
                           f(math.inf), f(-math.inf)))
case("floats_extremes", lst(f(5e-324), f(1.7976931348623157e308), f(2.2250738585072014e-308),
                            f(123456789.123), f(100.0), f(1234567890123456.0),
                            f(1.5e300), f(0.0001), f(0.00001234), f(9999999999999998.0),
                            f(1e15), f(12345678901234567890.0), f(0.3), f(2.0 / 3.0),
                            f(-1.5), f(0.0), f(1e22), f(4.35), f(2 ** 53 + 0.0)))
case("floats_from_java_float", lst(f32(0.1), f32(1.5), f32(3.4028234663852886e38),
                                   f32(1e-45), f32(16777217.0)))


def random_floats(seed, count):
    rnd = random.Random(seed)
    values = []
    while len(values) < count:
        x = struct.unpack("<d", struct.pack("<Q", rnd.getrandbits(64)))[0]
        if not math.isnan(x):
            values.append(x)
    return values


case("floats_random_bits", lst(*[f(x) for x in random_floats(20240607, 150)]))
_rnd = random.Random(7)
case("floats_random_ranges",
     lst(*[f(round(_rnd.uniform(-1e6, 1e6), _rnd.randint(0, 12))) for _ in range(60)],
         *[f(_rnd.uniform(0, 1) * 10.0 ** _rnd.randint(-30, 30)) for _ in range(60)]))
# powers of two and their neighbours: the rounding interval is lopsided there
_pow2 = []
for _k in (-1074, -1073, -1022, -1021, -100, -10, -1, 0, 1, 10, 52, 53, 54, 60, 100, 500, 1023):
    _x = math.ldexp(1.0, _k)
    _pow2 += [_x, math.nextafter(_x, 0.0), math.nextafter(_x, math.inf)]
case("floats_powers_of_two", lst(*[f(x) for x in _pow2 if x != 0.0 and not math.isinf(x)]))

# --- Decimal, UUID, date, datetime ---------------------------------------------------------
case("decimals", lst(*[dec(t) for t in (
    "1.50", "1E+3", "0.000001", "1E-7", "-123.456", "0E-10", "0.00", "100", "1.0E+10",
    "1234567890123456789.000", "-0.0000001", "0.0000012", "12E-8", "0")]))
case("uuid", uid("1b4e28ba-2fa1-11d2-883f-0016d3cca427"))
case("date", lst(date(2024, 6, 7), date(1, 1, 1), date(9999, 12, 31)))
case("datetime_utc_micros", dt(2024, 6, 7, 11, 11, 34, 839373000))
case("datetime_plus_0530", dt(2024, 6, 7, 11, 11, 34, 839373000, 19800))
case("datetime_minus_0800", dt(2024, 1, 2, 3, 4, 5, 0, -28800))
case("datetime_zero_seconds", lst(dt(2024, 6, 7, 11, 11), dt(2024, 6, 7, 0, 0, 0, 0, 3600),
                                  dt(2024, 6, 7, 11, 11, 0, 5000)))
case("datetime_nanos_truncated", lst(dt(2024, 6, 7, 11, 11, 34, 839373999),
                                     dt(2024, 6, 7, 11, 11, 34, 999),
                                     dt(2024, 6, 7, 11, 11, 0, 999)))
case("datetime_sub_minute_offsets", lst(dt(2024, 6, 7, 1, 2, 3, 0, 19815),
                                        dt(2024, 6, 7, 1, 2, 3, 0, -30),
                                        dt(2024, 6, 7, 1, 2, 3, 0, 50400),
                                        dt(2024, 6, 7, 1, 2, 3, 0, -64800)))

# --- strings ---------------------------------------------------------------------------------
case("str_quotes", lst(s("it's"), s('say "hi"'), s("it's \"both\""), s("back\\slash"),
                       s("'"), s('"'), s("\\'")))
case("str_escapes", lst(s("line\nbreak"), s("tab\there"), s("cr\rlf"),
                        s("\x00\x01\x1f\x7f\x80\x85\x9f\xa0\xad"),
                        s("\u2028\u2029\u200b\u3000\ufeff\ue000\U000f0000"),
                        s("\x0b\x0c\x1c\x1d\x1e")))
case("str_non_ascii", lst(s("caf\u00e9"), s("\u65e5\u672c"), s("\U0001F600"),
                          s("\u00ff\u0100\uffff\U0001F600x"), s("\U000e0001\U0010ffff"),
                          s("\u0378\u061d\U0001FAF0\U0001FAF7")))
case("str_lone_surrogates", lst(s("a\ud800b"), s("\udfff")))
case("str_long_top_level", s("The quick brown fox jumps over the lazy dog. " * 4))
case("str_long_no_spaces", s("x" * 100))
case("str_long_with_newlines",
     s("First line of text that is fairly long, long enough to be split up.\n"
       "second\n\nthird line, also very long: lorem ipsum dolor sit amet, consectetur "
       "adipiscing elit\r\nlast"))
case("str_long_mixed_quotes", s("it's " * 10 + '"q" ' * 10))
case("str_long_escapes",
     s("tab\tseparated\tvalues\tand\tcontrol\x01chars\x02and caf\u00e9 \u65e5\u672c "
       "\U0001F600 \u2028 more text here \u00a0 and\u3000there " * 2))
case("str_long_in_dict", dct(
    ("description", s("word " * 30)),
    ("a", s("short")),
    ("no_spaces", s("y" * 90)),
    ("z_last", s("The last value is long too, and ends the dict, so its allowance is 1. " * 2))))
case("str_long_in_list", lst(s("alpha beta gamma delta " * 5),
                             s("multi\nline\nvalue that is long enough to need splitting, "
                               "yes, certainly long enough"),
                             s("z" * 79)))
case("str_split_lines_unicode_breaks",
     s("one\u2028two\x85three\x0bfour\x0cfive\x1csix\r\nseven\rrest of the text " * 3))
case("str_only_spaces", s(" " * 100))
case("str_leading_spaces", lst(s("   " + "lead " * 25)))


def random_text(rnd, n):
    out = []
    for _ in range(n):
        r = rnd.random()
        if r < 0.15:
            out.append(rnd.choice(" \t\n  \r\u3000\xa0"))
        elif r < 0.55:
            out.append(chr(rnd.randint(0x20, 0x7e)))
        elif r < 0.65:
            out.append(chr(rnd.randint(0, 0xff)))
        elif r < 0.85:
            cp = rnd.randint(0x100, 0xffff)
            out.append(chr(cp if not 0xd800 <= cp <= 0xdfff else 0x41))
        else:
            out.append(chr(rnd.randint(0x10000, 0x10ffff)))
    return "".join(out)


_rnd = random.Random(42)
case("str_random", dct(*[(f"k{n:02d}", s(random_text(_rnd, _rnd.randint(0, 160))))
                         for n in range(40)]))
_rnd = random.Random(43)
case("str_random_top_level", s(random_text(_rnd, 400)))

# --- containers --------------------------------------------------------------------------------
case("empty_containers", dct(("list", lst()), ("dict", dct()), ("nested", lst(lst(), dct()))))
case("empty_list", lst())
case("empty_dict", dct())
case("nested_lists", lst(lst(i(1), i(2)), lst(lst(lst(s("deep")))), lst(), i(3)))
case("nested_lists_wrapping", lst(*[lst(*[i(n * 10 + m) for m in range(8)]) for n in range(12)]))
case("keys_code_point_order", dct(("\U0001F600", i(1)), ("\uffff", i(2)), ("a", i(3)),
                                  ("B", i(4)), ("", i(5)), ("\u00e9", i(6)),
                                  ("ab", i(7)), ("a\U0001F600", i(8)), ("a\uffff", i(9))))
case("keys_non_string", dct((NONE, s("none")), (i(10), s("ten")), (i(-2), s("minus two")),
                            ("b", s("bee")), ("a", s("ay"))))
case("dict_long_keys", dct(("k" * 85, i(1)), ("short", s("v" * 80))))


def task(n, long_text):
    return dct(
        ("ext_id", s(f"ZXJnb24=:{n:08d}-1c2d-4e5f-8a9b-0123456789ab")),
        ("operation", s("kVmCreate")),
        ("operation_description", s(long_text)),
        ("parent_task", NONE),
        ("root_task", dct(("ext_id", s("ZXJnb24=:root")), ("href", s("/api/prism/v4.0/config/tasks/root")),
                          ("rel", s("root")))),
        ("created_time", dt(2024, 6, 7, 11, 11, 34, 839373512)),
        ("started_time", dt(2024, 6, 7, 11, 11, 35, 0, 19800)),
        ("completed_time", NONE),
        ("last_updated_time", dt(2024, 6, 7, 11, 12, 0, 120000, -28800)),
        ("progress_percentage", i(42)),
        ("status", enum("RUNNING")),
        ("entities_affected", lst(
            dct(("ext_id", uid("1b4e28ba-2fa1-11d2-883f-0016d3cca427")), ("rel", s("vmm:ahv:config:vm")),
                ("name", s("vm-01"))),
            dct(("ext_id", uid("00000000-0000-0000-0000-000000000000")), ("rel", s("clustermgmt:cluster")),
                ("name", NONE)))),
        ("owned_by", dct(("ext_id", s("owner-1")), ("name", s("admin")))),
        ("cluster_ext_ids", lst(s("0005f6a2-cluster-a"), s("0005f6a2-cluster-b"))),
        ("is_cancelable", TRUE),
        ("is_background_task", FALSE),
        ("sub_tasks", lst(*[dct(("ext_id", s(f"sub-{m}")), ("href", s(f"/tasks/sub-{m}")),
                                ("rel", s("subtask"))) for m in range(3)])),
        ("sub_steps", lst(dct(("name", s("Validating the VM spec")), ("progress", f(0.5))))),
        ("error_messages", NONE),
        ("legacy_error_message", NONE),
        ("warnings", lst(s("It's only a warning"), s('a "quoted" warning'))),
        ("number_of_entities_affected", i(2)),
        ("number_of_subtasks", i(3)),
        ("cost", dec("12.50")),
    )


case("task_to_dict", task(1, "Create virtual machine vm-01 on cluster A with 4 vCPUs, "
                             "16 GiB of memory and two disks attached to the SCSI bus."))
case("task_list", lst(task(2, "short"), dct(("note", s("second item")))))
case("task_nested_deep", dct(("data", lst(dct(("task", task(3, "Nested task\nwith a newline "
                                                               "in its long operation "
                                                               "description text"))))),
                            ("metadata", dct(("total_available_results", i(1)))),
                            ("$reserved", dct(("$fv", s("v4.r0"))))))


# --- the width boundary -----------------------------------------------------------------------
def nested(n):
    """A structure whose innermost dict line grows with n."""
    return dct(("outer", dct(("middle", lst(dct(("key", s("x" * n)), ("other", i(1))),
                                            s("tail"))))))


def max_line(value):
    return max(len(line) for line in pprint.pformat(value[0]).split("\n"))


# the largest n where the inner dict stays on one line of exactly 80, then n + 1 where it
# breaks, and the n whose broken line is 81 long
_fits = [n for n in range(1, 100)
         if "{'key': '" + "x" * n + "', 'other': 1}" in pprint.pformat(nested(n)[0])]
_n = max(_fits)
assert max_line(nested(_n)) == 80, max_line(nested(_n))
case("width_exactly_80", nested(_n))
case("width_81_breaks", nested(_n + 1))
_n81 = [n for n in range(1, 120) if max_line(nested(n)) == 81][0]
case("width_line_81", nested(_n81))


def deep_list(depth, n):
    value = s("y" * n)
    for _ in range(depth):
        value = lst(value, i(7))
    return value


for _depth in (5, 30):
    # the innermost list still on one line
    _ok = [n for n in range(0, 100)
           if "['" + "y" * n + "', 7]" in pprint.pformat(deep_list(_depth, n)[0])]
    case(f"deep_list_{_depth}_one_line", deep_list(_depth, max(_ok)))
    case(f"deep_list_{_depth}_broken", deep_list(_depth, max(_ok) + 1))
case("deep_list_100_beyond_width", deep_list(100, 3))
_value = s("word " * 5)
for _k in range(90):
    _value = dct((f"k{_k}", _value), ("z", s("end of level")))
case("deep_dict_90", _value)

# the last item of nested containers must leave room for all the closing brackets
def last_in_lists(depth, n):
    value = s("y " * n + "end")
    for _ in range(depth):
        value = lst(i(7), value)
    return value


def last_in_dicts(depth, n):
    value = s("y " * n + "end")
    for _k in range(depth):
        value = dct(("a", i(7)), (f"k{_k}", value))
    return value


for _make, _label in ((last_in_lists, "lists"), (last_in_dicts, "dicts")):
    for _depth in (1, 4, 12):
        _whole = [n for n in range(0, 60)
                  if repr("y " * n + "end") in pprint.pformat(_make(_depth, n)[0])]
        _n = max(_whole)
        case(f"closing_allowance_{_label}_{_depth}_fits", _make(_depth, _n))
        case(f"closing_allowance_{_label}_{_depth}_splits", _make(_depth, _n + 1))

# a list of strings whose lengths run across the boundary, at several indents
for _indent_keys in (1, 3):
    _value = s("a b " * 20)
    for _k in range(_indent_keys):
        _value = dct((f"key{_k}", lst(s("c " * 37), _value, s("d " * 38))))
    case(f"boundary_strings_{_indent_keys}", _value)

names = [c["name"] for c in CASES]
assert len(names) >= 40, len(names)
os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="ascii", newline="\n") as out:
    out.write("[\n")
    for n, c in enumerate(CASES):
        out.write(json.dumps(c, ensure_ascii=True))
        out.write(",\n" if n < len(CASES) - 1 else "\n")
    out.write("]\n")
print(f"wrote {len(CASES)} cases to {os.path.relpath(OUT)}")
