#!/usr/bin/env python3
"""Expected toStr() of the Prism v4 response envelopes, computed the way SPEC sections 4, 5 and 8 say.

For each fixture under sample/src/test/resources/fixtures/envelopes/ this reads the JSON, builds the dict that
``envelope.toDict()`` returns (every property in property order, snake_case keys, None for
absent properties, @Default values for absent @Default ones, unknown members dropped,
date-times as datetime.datetime, unions as the held variant's own dict value, an unknown union
value as its plain JSON) and writes ``pprint.pformat(d)`` (no trailing newline) to
sample/src/test/resources/tostr-envelopes/envelope_<fixture_name_with_underscores>.txt,
which io.apimodel.sample.json.EnvelopeJsonTest compares toStr() with.

It also checks the fixtures against the models' constraints (@Pattern, @Range, @Size) and lists
the JSON members that no property claims (they end up in unknownFields(), not in toDict()).

Run from the repository root: python3 sample/src/test/python/make_envelope_tostr.py
"""
import datetime
import json
import pathlib
import pprint
import re
import sys

assert sys.version_info[:2] == (3, 11), "toStr() follows Python 3.11's pprint; run with python3.11"

# --------------------------------------------------------------------------------------------
# Schema. Types: 'str' 'int' 'bool' 'datetime' 'any' ('enum', E) ('model', M) ('union', U)
# ('list', T) ('map', T). A property: (name, json name, dict key, type, default, constraints);
# default NO_DEFAULT when the property is not @Default. Properties in property order: the base
# interface's objectType/$reserved first (objectType redeclared as @Default in every model).
# --------------------------------------------------------------------------------------------
NO_DEFAULT = object()
TASK_EXT_ID = (r"^[a-zA-Z0-9/+]*={0,2}:[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}"
               r"-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}")
UUID_PATTERN = (r"^[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}"
                r"-[a-fA-F0-9]{12}$")

PRISM_RESERVED = {"$fv": "v4.r0"}
COMMON_RESERVED = {"$fv": "v1.r0"}


def base(object_type, reserved):
    return [
        ("objectType", "$objectType", "_object_type", "str", object_type, {}),
        ("reserved", "$reserved", "_reserved", ("map", "str"), reserved, {}),
    ]


def prism(object_type, *props):
    return base(object_type, PRISM_RESERVED) + list(props)


def common(object_type, *props):
    return base(object_type, COMMON_RESERVED) + list(props)


def p(name, typ, default=NO_DEFAULT, **constraints):
    """A property whose JSON name is its name and whose dict key is its snake_case name."""
    return (name, name, snake(name), typ, default, constraints)


def snake(name):
    """DictKeys.SNAKE_CASE: extId -> ext_id, vmUUID -> vm_uuid, ipv4Address -> ipv4_address."""
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    return s.lower()


SCHEMA = {
    # prism.v4.config
    "Task": prism(
        "prism.v4.config.Task",
        p("extId", "str", pattern=TASK_EXT_ID),
        p("operation", "str"),
        p("operationDescription", "str"),
        p("parentTask", ("model", "TaskReferenceInternal")),
        p("createdTime", "datetime"),
        p("startedTime", "datetime"),
        p("completedTime", "datetime"),
        p("status", ("enum", "TaskStatus")),
        p("progressPercentage", "int", min=0, max=100),
        p("entitiesAffected", ("list", ("model", "EntityReference")), max_items=300),
        p("subTasks", ("list", ("model", "TaskReferenceInternal")), max_items=100),
        p("subSteps", ("list", ("model", "TaskStep")), max_items=50),
        p("isCancelable", "bool"),
        p("ownedBy", ("model", "OwnerReference")),
        p("completionDetails", ("list", ("model", "KVPair")), max_items=50),
        p("errorMessages", ("list", ("model", "AppMessage")), max_items=100),
        p("legacyErrorMessage", "str"),
        p("warnings", ("list", ("model", "AppMessage")), max_items=50),
        p("lastUpdatedTime", "datetime"),
        p("clusterExtIds", ("list", "str"), max_items=500),
        p("rootTask", ("model", "TaskReferenceInternal")),
        p("isBackgroundTask", "bool"),
        p("numberOfSubtasks", "int"),
        p("numberOfEntitiesAffected", "int"),
    ),
    "TaskReferenceInternal": prism(
        "prism.v4.config.TaskReferenceInternal",
        p("href", "str"),
        p("rel", "str"),
        p("extId", "str", pattern=TASK_EXT_ID),
    ),
    "EntityReference": prism(
        "prism.v4.config.EntityReference",
        p("extId", "str"),
        p("rel", "str"),
        p("name", "str", max_len=256),
    ),
    "TaskStep": prism("prism.v4.config.TaskStep", p("name", "str", max_len=512)),
    "OwnerReference": prism(
        "prism.v4.config.OwnerReference",
        p("extId", "str", pattern=UUID_PATTERN),
        p("name", "str", max_len=256),
    ),
    "GetTaskApiResponse": prism(
        "prism.v4.config.GetTaskApiResponse",
        p("data", ("union", "GetTaskApiResponseData")),
        p("metadata", ("model", "ApiResponseMetadata")),
    ),
    "ListTasksApiResponse": prism(
        "prism.v4.config.ListTasksApiResponse",
        p("data", ("union", "ListTasksApiResponseData")),
        p("metadata", ("model", "ApiResponseMetadata")),
    ),
    # prism.v4.error
    "AppMessage": prism(
        "prism.v4.error.AppMessage",
        p("message", "str"),
        p("severity", ("enum", "MessageSeverity")),
        p("code", "str"),
        p("locale", "str", "en_US"),
        p("errorGroup", "str"),
        p("argumentsMap", ("map", "str")),
    ),
    "ErrorResponse": prism(
        "prism.v4.error.ErrorResponse",
        p("error", ("union", "ErrorResponseError")),
    ),
    "SchemaValidationError": prism(
        "prism.v4.error.SchemaValidationError",
        p("timestamp", "datetime"),
        p("statusCode", "int"),
        p("error", "str"),
        p("path", "str"),
        p("validationErrorMessages", ("list", ("model", "SchemaValidationErrorMessage"))),
    ),
    "SchemaValidationErrorMessage": prism(
        "prism.v4.error.SchemaValidationErrorMessage",
        p("location", "str"),
        p("message", "str"),
        p("attributePath", "str"),
    ),
    # common.v1.config
    "KVPair": common(
        "common.v1.config.KVPair",
        p("name", "str", min_len=3, max_len=128),
        p("value", "any"),
    ),
    "Flag": common(
        "common.v1.config.Flag",
        p("name", "str"),
        p("value", "bool", False),
    ),
    "Message": common(
        "common.v1.config.Message",
        p("code", "str"),
        p("message", "str"),
        p("locale", "str", "en_US"),
        p("severity", ("enum", "MessageSeverity")),
    ),
    # common.v1.response
    "ApiResponseMetadata": common(
        "common.v1.response.ApiResponseMetadata",
        p("flags", ("list", ("model", "Flag"))),
        p("links", ("list", ("model", "ApiLink"))),
        p("totalAvailableResults", "int"),
        p("messages", ("list", ("model", "Message"))),
        p("extraInfo", ("list", ("model", "KVPair"))),
    ),
    "ApiLink": common(
        "common.v1.response.ApiLink",
        p("href", "str"),
        p("rel", "str"),
    ),
}

# Unions: variants in declaration order as (method, type, discriminator).
UNIONS = {
    "GetTaskApiResponseData": [
        ("task", ("model", "Task"), "prism.v4.config.Task"),
        ("errorResponse", ("model", "ErrorResponse"), "prism.v4.error.ErrorResponse"),
    ],
    "ListTasksApiResponseData": [
        ("tasks", ("list", ("model", "Task")), "prism.v4.config.Task"),
        ("errorResponse", ("model", "ErrorResponse"), "prism.v4.error.ErrorResponse"),
    ],
    "ErrorResponseError": [
        ("appMessages", ("list", ("model", "AppMessage")), "prism.v4.error.AppMessage"),
        ("schemaValidationError", ("model", "SchemaValidationError"),
         "prism.v4.error.SchemaValidationError"),
    ],
}

ENUMS = {
    "TaskStatus": ["$UNKNOWN", "$REDACTED", "QUEUED", "RUNNING", "CANCELING", "SUCCEEDED",
                   "FAILED", "CANCELED", "SUSPENDED"],
    "MessageSeverity": ["$UNKNOWN", "$REDACTED", "INFO", "WARNING", "ERROR"],
}

FIXTURES = {
    "get-task-response.json": "GetTaskApiResponse",
    "get-task-error-app-messages.json": "GetTaskApiResponse",
    "get-task-schema-validation-error.json": "GetTaskApiResponse",
    "get-task-newer-version.json": "GetTaskApiResponse",
    "list-tasks-response.json": "ListTasksApiResponse",
}

# Sanity of the table itself: dict keys are the snake_case property names, except the two
# @DictKey ones of the base interfaces.
for _model, _props in SCHEMA.items():
    for _name, _json, _key, *_ in _props:
        if _name not in ("objectType", "reserved"):
            assert _key == snake(_name), (_model, _name, _key)
assert snake("vmUUID") == "vm_uuid" and snake("ipv4Address") == "ipv4_address"
assert snake("isCancelable") == "is_cancelable"

# --------------------------------------------------------------------------------------------
# Walking the JSON
# --------------------------------------------------------------------------------------------
DT = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?"
                r"(?:([Zz])|([+-])(\d{2}):(\d{2}))$")


class Report:
    def __init__(self):
        self.unknown = []     # (path, member) claimed by no property
        self.violations = []  # (path, message)
        self.unions = []      # (path, union, kind)


def parse_datetime(s, path):
    m = DT.match(s)
    if not m:
        raise ValueError(f"{path}: not an RFC 3339 date-time: {s!r}")
    y, mo, d, h, mi, sec, frac, z, sign, oh, om = m.groups()
    micros = int((frac or "").ljust(6, "0")[:6])  # cut to microseconds
    if z or (int(oh) == 0 and int(om) == 0):
        tz = datetime.timezone.utc
    else:
        secs = (int(oh) * 3600 + int(om) * 60) * (1 if sign == "+" else -1)
        tz = datetime.timezone(datetime.timedelta(seconds=secs))
    return datetime.datetime(int(y), int(mo), int(d), int(h), int(mi), int(sec), micros, tzinfo=tz)


def check_type(ok, path, typ, value):
    if not ok:
        raise ValueError(f"{path}: wrong JSON type for {typ}: {value!r}")


def convert(typ, value, path, rep):
    """The toDict() value of a JSON value read as type typ."""
    if value is None:
        return None
    if typ == "str":
        check_type(isinstance(value, str), path, typ, value)
        return value
    if typ == "int":
        check_type(isinstance(value, int) and not isinstance(value, bool), path, typ, value)
        return value
    if typ == "bool":
        check_type(isinstance(value, bool), path, typ, value)
        return value
    if typ == "datetime":
        check_type(isinstance(value, str), path, typ, value)
        return parse_datetime(value, path)
    if typ == "any":
        return value  # Object: the JSON value as read
    kind = typ[0]
    if kind == "enum":
        check_type(isinstance(value, str), path, typ, value)
        if value not in ENUMS[typ[1]]:
            print(f"  note: {path}: unknown {typ[1]} wire string {value!r} (kept raw)")
        return value  # wire string, raw string kept for unknown ones
    if kind == "model":
        check_type(isinstance(value, dict), path, typ, value)
        return model_dict(typ[1], value, path, rep)
    if kind == "list":
        check_type(isinstance(value, list), path, typ, value)
        out = []
        for i, item in enumerate(value):
            if item is None:
                rep.violations.append((f"{path}[{i}]", "must not be null"))
            out.append(convert(typ[1], item, f"{path}[{i}]", rep))
        return out
    if kind == "map":
        check_type(isinstance(value, dict), path, typ, value)
        return {k: convert(typ[1], v, f"{path}[{k}]", rep) for k, v in value.items()}
    if kind == "union":
        return union_value(typ[1], value, path, rep)
    raise AssertionError(typ)


def union_value(union, value, path, rep):
    """SPEC section 8 dispatch: one look at the JSON type and the discriminator."""
    variants = UNIONS[union]
    model_variants = [v for v in variants if v[1][0] == "model"]
    list_model_variants = [v for v in variants if v[1][0] == "list" and v[1][1][0] == "model"]
    list_variants = [v for v in variants if v[1][0] == "list"]
    chosen = None
    if isinstance(value, dict):
        if "$objectType" in value:
            chosen = next((v for v in model_variants if v[2] == value["$objectType"]), None)
        elif len(model_variants) == 1:  # (no Map<String, String> variant in these unions)
            chosen = model_variants[0]
    elif isinstance(value, list):
        if not value:
            chosen = list_variants[0] if len(list_variants) == 1 else None
        elif isinstance(value[0], dict):
            if "$objectType" in value[0]:
                chosen = next((v for v in list_model_variants
                               if v[2] == value[0]["$objectType"]), None)
            elif len(list_model_variants) == 1:
                chosen = list_model_variants[0]
        # (no scalar-list variants in these unions)
    # (no scalar variants in these unions)
    if chosen is None:
        rep.unions.append((path, union, "UNKNOWN"))
        return value  # UNKNOWN: the plain JSON structure as read
    rep.unions.append((path, union, snake(chosen[0]).upper()))
    return convert(chosen[1], value, path, rep)


def model_dict(model, obj, path, rep):
    props = SCHEMA[model]
    claimed = set()
    out = {}
    for name, json_name, key, typ, default, constraints in props:
        claimed.add(json_name)
        ppath = f"{path}.{name}" if path else name
        raw = obj.get(json_name)
        if raw is None and default is not NO_DEFAULT:
            value = json.loads(json.dumps(default))  # a fresh copy of the @Default value
        else:
            value = convert(typ, raw, ppath, rep)
        check_constraints(ppath, value, constraints, rep)
        out[key] = value
    for member in obj:
        if member not in claimed:
            rep.unknown.append((path or "<root>", member))
    return out


def check_constraints(path, value, c, rep):
    if value is None:
        return
    if "pattern" in c and not re.search(c["pattern"], value):
        rep.violations.append((path, f"must match pattern /{c['pattern']}/"))
    if "min" in c and value < c["min"]:
        rep.violations.append((path, f"must be >= {c['min']}"))
    if "max" in c and value > c["max"]:
        rep.violations.append((path, f"must be <= {c['max']}"))
    if "min_len" in c and len(value) < c["min_len"]:
        rep.violations.append((path, f"length must be >= {c['min_len']}"))
    if "max_len" in c and len(value) > c["max_len"]:
        rep.violations.append((path, f"length must be <= {c['max_len']}"))
    if "max_items" in c and len(value) > c["max_items"]:
        rep.violations.append((path, f"number of items must be <= {c['max_items']}"))


def main():
    root = pathlib.Path(__file__).resolve().parent.parent / "resources"
    fixtures = root / "fixtures" / "envelopes"
    outdir = root / "tostr-envelopes"
    outdir.mkdir(exist_ok=True)
    failed = False
    for name, model in FIXTURES.items():
        doc = json.loads((fixtures / name).read_text(encoding="utf-8"))
        rep = Report()
        d = model_dict(model, doc, "", rep)
        text = pprint.pformat(d)
        out = outdir / ("envelope_" + name[: -len(".json")].replace("-", "_") + ".txt")
        out.write_text(text, encoding="utf-8")
        print(f"{name} ({model}) -> {out.relative_to(root)} ({len(text.splitlines())} lines)")
        for upath, union, kind in rep.unions:
            print(f"  union {upath or '<root>'} ({union}): {kind}")
        for upath, member in rep.unknown:
            print(f"  unknown member at {upath}: {member!r}")
        for vpath, msg in rep.violations:
            print(f"  VIOLATION {vpath}: {msg}")
            failed = True
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
