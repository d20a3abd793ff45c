#!/usr/bin/env python3
"""Writes the expected toStr() outputs for io.apimodel.sample.ToStrParityTest.

Run with CPython 3.11 from the repository root:

    python3 sample/src/test/python/make_tostr_cases.py

For every case it builds the Python dict that the Java model instance of the same name stands
for (what the Python SDK's to_dict() would return, with @Redacted values as '***') and writes
pprint.pformat(d) to sample/src/test/resources/tostr/<case>.txt, without a trailing newline.
It also writes tostr/index.txt, the case names one per line, in order.

The Java side builds the same instances with the generated builders in
sample/src/test/java/io/apimodel/sample/TaskToStrCases.java (sample models) and
DictModelToStrCases.java (the test models of io.apimodel.sample.dict), in the same order and
under the same names as the two sections below. Keep the three files parallel.

Models are written here as Model(...) objects: property name (the Java builder method), dict key
(what the generated toDict() must use) and @Default value. Calling a model with keyword
arguments named like the Java builder methods gives its dict: every key, None for what is not
set, defaults for what is not given, '***' for non-None @Redacted values.
"""

import datetime
import decimal
import os
import pprint
import re
import shutil
import sys
import uuid

assert sys.version_info[:2] == (3, 11), "expected outputs must come from CPython 3.11"

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "tostr")

_UNSET = object()


class Model:
    """A model: (property, dict key[, default]) triples; redacted names the @Redacted properties."""

    def __init__(self, name, props, redacted=()):
        self.name = name
        self.props = [(p[0], p[1], p[2] if len(p) > 2 else None) for p in props]
        self.redacted = set(redacted)
        names = [p[0] for p in self.props]
        assert len(set(names)) == len(names), name
        assert self.redacted <= set(names), name

    def __call__(self, **values):
        unknown = set(values) - {p[0] for p in self.props}
        assert not unknown, f"{self.name} has no property {unknown}"
        d = {}
        for prop, key, default in self.props:
            value = values.get(prop, _UNSET)
            if value is _UNSET:
                value = default() if callable(default) else default
            if prop in self.redacted and value is not None:
                value = "***"
            assert key not in d, key
            d[key] = value
        return d


def prism(object_type, fv="v4.r0"):
    """The $objectType / $reserved properties of PrismV4Object and CommonV1Object."""
    return [("objectType", "_object_type", object_type),
            ("reserved", "_reserved", lambda: {"$fv": fv})]


# ---- the sample's models (io.apimodel.sample.*), keys of the Python SDK's to_dict() ----------

TaskReferenceInternal = Model("TaskReferenceInternal", prism("prism.v4.config.TaskReferenceInternal") + [
    ("href", "href"), ("rel", "rel"), ("extId", "ext_id")])
EntityReference = Model("EntityReference", prism("prism.v4.config.EntityReference") + [
    ("extId", "ext_id"), ("rel", "rel"), ("name", "name")])
TaskStep = Model("TaskStep", prism("prism.v4.config.TaskStep") + [("name", "name")])
OwnerReference = Model("OwnerReference", prism("prism.v4.config.OwnerReference") + [
    ("extId", "ext_id"), ("name", "name")])
AppMessage = Model("AppMessage", prism("prism.v4.error.AppMessage") + [
    ("message", "message"), ("severity", "severity"), ("code", "code"),
    ("locale", "locale", "en_US"), ("errorGroup", "error_group"),
    ("argumentsMap", "arguments_map")])
KVPair = Model("KVPair", prism("common.v1.config.KVPair", "v1.r0") + [
    ("name", "name"), ("value", "value")])
MapOfStringWrapper = Model("MapOfStringWrapper", prism("common.v1.config.MapOfStringWrapper", "v1.r0") + [
    ("map", "map")])
Task = Model("Task", prism("prism.v4.config.Task") + [
    ("extId", "ext_id"),
    ("operation", "operation"),
    ("operationDescription", "operation_description"),
    ("parentTask", "parent_task"),
    ("createdTime", "created_time"),
    ("startedTime", "started_time"),
    ("completedTime", "completed_time"),
    ("status", "status"),
    ("progressPercentage", "progress_percentage"),
    ("entitiesAffected", "entities_affected"),
    ("subTasks", "sub_tasks"),
    ("subSteps", "sub_steps"),
    ("isCancelable", "is_cancelable"),
    ("ownedBy", "owned_by"),
    ("completionDetails", "completion_details"),
    ("errorMessages", "error_messages"),
    ("legacyErrorMessage", "legacy_error_message"),
    ("warnings", "warnings"),
    ("lastUpdatedTime", "last_updated_time"),
    ("clusterExtIds", "cluster_ext_ids"),
    ("rootTask", "root_task"),
    ("isBackgroundTask", "is_background_task"),
    ("numberOfSubtasks", "number_of_subtasks"),
    ("numberOfEntitiesAffected", "number_of_entities_affected"),
])


class TaskStatus:
    QUEUED = "QUEUED"
    RUNNING = "RUNNING"
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"
    _UNKNOWN = "$UNKNOWN"


class MessageSeverity:
    INFO = "INFO"
    WARNING = "WARNING"
    ERROR = "ERROR"


# ---- the test models (io.apimodel.sample.dict) ----------------------------------------------

class Shade:
    """Wire strings of the test enum Shade (@JsonProperty on its constants)."""
    UNKNOWN = "$UNKNOWN"
    DARK_BLUE = "dark-blue"
    LIGHT_GREEN = "light.green"
    RED = "RED"


class Tone:
    BRIGHT = "BRIGHT"
    DIM = "DIM"


Leaf = Model("Leaf", [("name", "name"), ("size", "size")])
JsonKeys = Model("JsonKeys", [
    ("displayName", "display_name"), ("vmUUID", "vmUUID"), ("ipv4Address", "ipv4Address"),
    ("kind", "$kind"), ("shade", "shade-value"), ("leaf", "the-leaf"), ("leaves", "leaves"),
    ("labels", "Labels")])
SnakeKeys = Model("SnakeKeys", [
    ("vmUUID", "vm_uuid"), ("ipv4Address", "ipv4_address"), ("extId", "ext_id"),
    ("name", "name"), ("isCancelable", "is_cancelable"), ("displayName", "display_name"),
    ("numberOfSubTasks", "number_of_sub_tasks"), ("childLeaf", "child_leaf"),
    ("subItems", "sub_items")])
JsonOverrides = Model("JsonOverrides", [
    ("objectType", "_object_type"), ("foo", "fooBar"), ("barBaz", "BAR")])
DictKeyOverrides = Model("DictKeyOverrides", [
    ("extId", "ID"), ("typeName", "_type"), ("plainValue", "plain_value"),
    ("specialKey", "clé spéciale"), ("nested", "inner")])
ShadeCollections = Model("ShadeCollections", [
    ("shade", "shade"), ("shades", "shades"), ("shadeByName", "shadeByName"),
    ("shadeMaps", "shadeMaps")])
Scalars = Model("Scalars", [
    ("text", "text"), ("flag", "flag", False), ("count", "count", 0), ("total", "total", 0),
    ("ratio", "ratio", 0.0), ("boxedFlag", "boxedFlag"), ("boxedCount", "boxedCount"),
    ("boxedTotal", "boxedTotal"), ("boxedRatio", "boxedRatio"), ("amount", "amount"),
    ("bigNumber", "bigNumber"), ("uuid", "uuid"), ("at", "at"), ("day", "day"), ("any", "any"),
    ("shade", "shade"), ("tones", "tones"), ("toneByName", "toneByName"), ("leaf", "leaf"),
    ("nested", "nested"), ("extras", "extras"), ("matrix", "matrix"), ("times", "times"),
    ("doubles", "doubles")])
Secrets = Model("Secrets", [
    ("user", "user"), ("password", "password"), ("pin", "pin"), ("seed", "seed", 0),
    ("credentials", "credentials"), ("tokens", "tokens"), ("headers", "headers"),
    ("children", "children")],
    redacted=("password", "pin", "seed", "credentials", "tokens", "headers"))


# ---- values written the same way as on the Java side ----------------------------------------

_DT = re.compile(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$")


def dt(text):
    """OffsetDateTime.parse(text) as Python sees it: an aware datetime, cut to microseconds."""
    m = _DT.match(text)
    assert m, text
    y, mo, d, h, mi, s = (int(g) for g in m.groups()[:6])
    micro = int((m.group(7) or "").ljust(9, "0")[:6])
    off = m.group(8)
    if off == "Z":
        tz = datetime.timezone.utc
    else:
        sign = -1 if off[0] == "-" else 1
        tz = datetime.timezone(sign * datetime.timedelta(hours=int(off[1:3]), minutes=int(off[4:6])))
    return datetime.datetime(y, mo, d, h, mi, s, micro, tzinfo=tz)


def date(y, m, d):
    return datetime.date(y, m, d)


def dec(text):
    return decimal.Decimal(text)


def uid(text):
    return uuid.UUID(text)


CASES = {}


def case(name, value):
    assert name not in CASES, name
    assert re.fullmatch(r"[a-z0-9_]+", name), name
    CASES[name] = value


# =============================================================================================
# Section 1: the sample's models (TaskToStrCases.java)
# =============================================================================================

LARGE_PARENT = "ZXJnb24=:0b9e4d12-8c3a-4f71-9e25-6a1d7c3b8f54"
TASKS_URL = "https://10.40.12.21:9440/api/prism/v4.0/config/tasks/"

# shared/fixtures/bench/task-large.json, plus errorMessages and legacyErrorMessage (absent there)
# so that all 24 fields are set.
case("task_full", Task(
    extId="ZXJnb24=:7f3c2a1e-5b8d-4c9e-a2f1-3d6b8e0c9a47",
    operation="VmClone",
    operationDescription="Clone VM app-db-01 into 3 target clusters",
    parentTask=TaskReferenceInternal(extId=LARGE_PARENT, href=TASKS_URL + LARGE_PARENT, rel="parent"),
    createdTime=dt("2025-03-18T10:42:17.318524Z"),
    startedTime=dt("2025-03-18T10:42:17.529113Z"),
    completedTime=dt("2025-03-18T10:47:52.904761Z"),
    status=TaskStatus.SUCCEEDED,
    progressPercentage=100,
    entitiesAffected=[
        EntityReference(extId="5c1e9a7d-3f42-4b8e-9d16-2a7c4e8b1f93", rel="vmm:ahv:config:vm", name="app-db-01-clone-1"),
        EntityReference(extId="8a4d2f6b-1e93-47c5-b8a2-9f3e6d1c7b25", rel="vmm:ahv:config:vm", name="app-db-01-clone-2"),
        EntityReference(extId="e2b7c9d4-6a15-4f38-8c71-4d9a2e5f3b67", rel="vmm:ahv:config:vm", name="app-db-01-clone-3"),
    ],
    subTasks=[
        TaskReferenceInternal(extId="ZXJnb24=:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                              href=TASKS_URL + "ZXJnb24=:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", rel="subtask"),
        TaskReferenceInternal(extId="ZXJnb24=:2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
                              href=TASKS_URL + "ZXJnb24=:2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", rel="subtask"),
        TaskReferenceInternal(extId="ZXJnb24=:3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f",
                              href=TASKS_URL + "ZXJnb24=:3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f", rel="subtask"),
    ],
    subSteps=[
        TaskStep(name="Validating clone specification"),
        TaskStep(name="Creating disk snapshots"),
        TaskStep(name="Cloning VM configuration"),
        TaskStep(name="Applying guest customization"),
    ],
    isCancelable=False,
    ownedBy=OwnerReference(extId="00000000-0000-0000-0000-000000000000", name="admin"),
    completionDetails=[
        KVPair(name="clonedVmCount", value="3"),
        KVPair(name="totalBytesCopied", value="128849018887"),
    ],
    errorMessages=[
        AppMessage(message="Clone to cluster PHX-POC-043 was retried after a transient storage error.",
                   severity=MessageSeverity.ERROR, code="VMM-30102", errorGroup="VM_CLONE",
                   argumentsMap={"cluster_name": "PHX-POC-043", "attempt": "2"},
                   reserved={"$fv": "v4.r2"}),
    ],
    legacyErrorMessage="1 clone was retried.",
    warnings=[
        AppMessage(message="Guest customization was skipped for VM app-db-01-clone-3 because Nutanix Guest Tools is not installed.",
                   severity=MessageSeverity.WARNING, code="VMM-20314", locale="en_US",
                   errorGroup="VM_GUEST_CUSTOMIZATION",
                   argumentsMap={"vm_name": "app-db-01-clone-3", "reason": "NGT_NOT_INSTALLED",
                                 "cluster_name": "PHX-POC-042"}),
    ],
    lastUpdatedTime=dt("2025-03-18T10:47:52.911437Z"),
    clusterExtIds=["0005f1a2-b3c4-d5e6-0000-00000001a2b3", "0005f1a2-b3c4-d5e6-0000-00000004c5d7"],
    rootTask=TaskReferenceInternal(extId=LARGE_PARENT, href=TASKS_URL + LARGE_PARENT, rel="root"),
    isBackgroundTask=False,
    numberOfSubtasks=3,
    numberOfEntitiesAffected=3,
))

# shared/fixtures/nutanix/task-register-pc.json, every member.
case("nutanix_task_register_pc", Task(
    extId="ZXJnb24=:278bbfc2-280f-529b-882b-14ea649b9a95",
    operation="Register",
    operationDescription="Register PC",
    createdTime=dt("2024-06-07T11:11:34.839373Z"),
    startedTime=dt("2024-06-07T11:11:34.85353Z"),
    completedTime=dt("2024-06-07T11:11:42.078697Z"),
    progressPercentage=100,
    entitiesAffected=[
        EntityReference(extId="148ee646-25d0-46f6-9977-61ad02acc5e1",
                        rel="prism:management:domain_manager", name="domain_manager",
                        reserved={"$fv": "v4.r0.b1"}, objectType="prism.v4.config.EntityReference"),
    ],
    isCancelable=False,
    lastUpdatedTime=dt("2024-06-07T11:11:42.078696Z"),
    isBackgroundTask=False,
    reserved={"$fv": "v4.r0.b1"},
    objectType="prism.v4.config.Task",
    status=TaskStatus.SUCCEEDED,
    ownedBy=OwnerReference(extId="00000000-0000-0000-0000-000000000000", name="admin",
                           reserved={"$fv": "v4.r0.b1"}, objectType="prism.v4.config.OwnerReference"),
))

# shared/fixtures/nutanix/task-failed-batch.json, every member; the Task's own $objectType and
# $reserved are absent there and keep their @Default values.
case("nutanix_task_failed_batch", Task(
    errorMessages=[
        AppMessage(reserved={"$fv": "v4.r2"}, objectType="prism.v4.error.AppMessage",
                   message="Operation failed due to legacy error and 'legacyErrorMessage' should be referred to for details",
                   severity=MessageSeverity.ERROR, code="TSKS-20801", locale="en_US",
                   errorGroup="LEGACY_ERROR"),
    ],
    legacyErrorMessage="1 subtask has failed.",
    numberOfSubtasks=10,
    numberOfEntitiesAffected=9,
))

# shared/fixtures/bench/task-small.json
case("task_small", Task(
    extId="ZXJnb24=:9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
    operation="ClusterInventory",
    createdTime=dt("2025-03-18T11:02:03.417293Z"),
    status=TaskStatus.QUEUED,
    progressPercentage=0,
    isCancelable=True,
    ownedBy=OwnerReference(extId="00000000-0000-0000-0000-000000000000", name="admin"),
    clusterExtIds=["0005f1a2-b3c4-d5e6-0000-00000001a2b3"],
    isBackgroundTask=True,
))

# new Task(): every property None but the @Default ones.
case("task_new", Task())

# Empty lists and maps everywhere a Task has one.
case("task_empty_lists", Task(
    entitiesAffected=[], subTasks=[], subSteps=[], completionDetails=[], errorMessages=[],
    warnings=[], clusterExtIds=[], reserved={},
    ownedBy=OwnerReference(reserved={}),
))

# Date-times in UTC: zero seconds and micros, seconds only, micros, zero seconds with micros.
case("task_times_utc", Task(
    createdTime=dt("2024-06-07T11:11:00Z"),
    startedTime=dt("2024-06-07T11:11:34Z"),
    completedTime=dt("2024-06-07T11:11:34.85353Z"),
    lastUpdatedTime=dt("2024-06-07T11:11:00.000001Z"),
))

case("task_times_plus_0530", Task(
    createdTime=dt("2024-06-07T16:41:00+05:30"),
    startedTime=dt("2024-06-07T16:41:34+05:30"),
    completedTime=dt("2024-06-07T16:41:34.839373+05:30"),
    lastUpdatedTime=dt("2024-12-31T23:59:00.5+05:30"),
))

case("task_times_minus_0800", Task(
    createdTime=dt("2024-06-07T03:11:00-08:00"),
    startedTime=dt("2024-06-07T03:11:07-08:00"),
    completedTime=dt("2024-06-07T03:11:34.078697-08:00"),
    lastUpdatedTime=dt("2024-02-29T00:00:00.999999-08:00"),
))

# KVPair values are Object: any JSON value, converted recursively.
case("task_completion_details_any_values", Task(
    completionDetails=[
        KVPair(name="count", value=3),
        KVPair(name="ratio", value=0.25),
        KVPair(name="done", value=True),
        KVPair(name="nothing", value=None),
        KVPair(name="bytes", value=128849018887),
        KVPair(name="list", value=["a", 1, False, None, [], {}]),
        KVPair(name="nested", value={"zone": {"racks": [1, 2], "name": "r1"}, "Alpha": [{"x": None}]}),
    ],
))

# Long strings that pprint splits at spaces, one without spaces, and a long list.
case("task_long_strings", Task(
    operationDescription="Clone VM app-db-01 into 3 target clusters, then power on every clone and wait for its guest agent to report",
    legacyErrorMessage="x" * 100,
    warnings=[
        AppMessage(message="Guest customization was skipped for VM app-db-01-clone-3 because Nutanix Guest Tools is not installed on it.",
                   argumentsMap={"reason": "The guest tools are not installed, so no customization script could run inside the guest."}),
    ],
    clusterExtIds=[f"0005f1a2-b3c4-d5e6-0000-{n:012d}" for n in range(12)],
))

# Many nested references: lists of dicts wrapped one per line.
case("task_many_sub_tasks", Task(
    subTasks=[TaskReferenceInternal(extId=f"ZXJnb24=:00000000-0000-4000-8000-{n:012d}",
                                    rel="subtask") for n in range(6)],
    subSteps=[TaskStep(name=f"step {n}") for n in range(8)],
    numberOfSubtasks=6,
))

# An AppMessage on its own, arguments in an unsorted order.
case("app_message", AppMessage(
    message="Disk 'scsi.0' of VM \"web-01\" is 95% full",
    severity=MessageSeverity.WARNING,
    code="VMM-10001",
    locale="fr_FR",
    errorGroup="STORAGE",
    argumentsMap={"vm": "web-01", "Disk": "scsi.0", "_pct": "95", "$unit": "%", "zeta": "", "alpha": "1"},
))

# Map keys sort by code point: '$' < 'A' < '_' < 'a' < 'é' < '€' < '😀'.
case("map_of_string_wrapper_key_order", MapOfStringWrapper(
    map={"😀": "emoji", "€": "euro", "é": "e-acute", "a": "lower", "_": "underscore",
         "A": "upper", "$": "dollar", "10": "ten", "9": "nine", "": "empty"},
))

# =============================================================================================
# Section 2: the test models of io.apimodel.sample.dict (DictModelToStrCases.java)
# =============================================================================================

# new Scalars(): primitives 0 / 0.0 / False, everything else None.
case("scalars_new", Scalars())

case("scalars_full", Scalars(
    text="hello",
    flag=True,
    count=-2147483648,
    total=9223372036854775807,
    ratio=2.5,
    boxedFlag=False,
    boxedCount=2147483647,
    boxedTotal=-9223372036854775808,
    boxedRatio=-1.5,
    amount=dec("1.50"),
    bigNumber=2 ** 100,
    uuid=uid("148ee646-25d0-46f6-9977-61ad02acc5e1"),
    at=dt("2024-06-07T11:11:34.85353Z"),
    day=date(2024, 6, 7),
    any="anything",
    shade=Shade.DARK_BLUE,
    tones=[Tone.DIM, Tone.BRIGHT],
    toneByName={"b": Tone.BRIGHT, "a": Tone.DIM},
    leaf=Leaf(name="leaf", size=1),
    nested=[{"k": [Leaf(name="n", size=2)]}],
    extras={"x": 1, "y": "z"},
    matrix=[["a", "b"], ["c"]],
    times=[dt("2024-06-07T11:11:00Z")],
    doubles=[0.5],
))

case("floats", Scalars(
    ratio=0.1,
    boxedRatio=1e-05,
    doubles=[1e16, -0.0, float("nan"), float("inf"), float("-inf"), 1e22, 1e23,
             0.30000000000000004, 123456789.0, 1e-4, 5e-324, 1.7976931348623157e308],
    any=[0.1, 1e-05, 1e16, -0.0],
))

case("decimals_uuids_dates", Scalars(
    amount=dec("-0.000001"),
    bigNumber=-(2 ** 70),
    uuid=uid("00000000-0000-0000-0000-000000000000"),
    day=date(1, 1, 1),
    extras={"d1": dec("1E+3"), "d2": dec("0.0000001"), "d3": dec("123456789.123456789"),
            "u": uid("ffffffff-ffff-ffff-ffff-ffffffffffff"), "date": date(9999, 12, 31)},
))

# A list of date-times: UTC, +05:30, -08:00, with and without seconds and micros; nanoseconds
# are cut to microseconds.
case("datetimes_list", Scalars(
    at=dt("2024-06-07T11:11:34.123456789Z"),
    times=[
        dt("2024-06-07T11:11:00Z"),
        dt("2024-06-07T11:11:34Z"),
        dt("2024-06-07T11:11:34.85353Z"),
        dt("2024-06-07T16:41:00+05:30"),
        dt("2024-06-07T16:41:34.000001+05:30"),
        dt("2024-06-07T03:11:00-08:00"),
        dt("2024-06-07T03:11:34.5-08:00"),
        dt("2024-06-07T11:11:00.000000999Z"),
    ],
))

case("none_true_false", Scalars(
    flag=True,
    boxedFlag=False,
    any=None,
    extras={"t": True, "f": False, "n": None, "list": [None, True, False]},
))

case("object_values", Scalars(
    any={"list": [1, 2.5, True, None, "x", {"k": []}], "n": 9223372036854775807, "neg": -7,
         "big": 2 ** 70, "map": {"b": {"c": {"d": [[], [[]]]}}}},
))

case("strings_quotes", Scalars(
    text="it's",
    any='say "hi"',
    extras={"single": "'", "double": '"', "both": "it's \"quoted\"", "none": "plain"},
    matrix=[["'", '"', "'\""], ["a'b", 'a"b']],
))

case("strings_escapes", Scalars(
    text="back\\slash",
    extras={
        "newline": "line1\nline2",
        "tab": "a\tb",
        "cr": "a\rb",
        "nul": "\x00",
        "bell_esc_del": "\x07\x1b\x7f",
        "c1": "\x80\x85\x9f",
        "nbsp_shy": "\xa0\xad",
        "separators": "\u2028\u2029",
        "bom": "\ufeff",
        "backslash_n": "\\n",
        "mixed": "'\\\"\n",
    },
))

case("strings_non_ascii", Scalars(
    text="Café naïve Ünïcödé",
    extras={
        "cjk": "日本語のテキスト",
        "emoji": "😀👍🏽",
        "math": "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
        "combining": "e\u0301",
        "rtl": "مرحبا",
        "greek": "αβγ",
        "surrogate_key_😀": "value",
    },
))

case("strings_long_split", Scalars(
    text="The quick brown fox jumps over the lazy dog. " * 4,
    any=["Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore",
         "short"],
    extras={"nested": {"deeper": "Sphinx of black quartz, judge my vow; pack my box with five dozen liquor jugs. Done."}},
    matrix=[["a" * 90]],
))

case("strings_long_multiline", Scalars(
    text="first line is here\nsecond line is a bit longer than the first one and goes on and on and on\n\nlast",
    extras={"unicode": "Ünïcödé text repeated to make it long enough to wrap: " + "日本語 " * 12},
))

case("empty_collections", Scalars(
    tones=[],
    toneByName={},
    nested=[{}, {"empty": []}],
    extras={"list": [], "map": {}},
    matrix=[[]],
    times=[],
    doubles=[],
    any=[],
))

case("nested_lists_dicts", Scalars(
    nested=[
        {"first": [Leaf(name="a", size=1), Leaf(name="b", size=None)], "second": []},
        {},
        {"third": [Leaf(name="a fairly long leaf name to force wrapping of the nested dict", size=3)]},
    ],
    matrix=[["x", "y", "z"], [], ["a much longer string in a nested list that pushes the width over 80"]],
    extras={"outer": {"inner": {"list": [1, [2, [3, [4]]]], "map": {"k": "v"}}}},
))

case("enum_wire_strings", Scalars(
    shade=Shade.LIGHT_GREEN,
    tones=[Tone.BRIGHT, Tone.DIM, Tone.BRIGHT],
    toneByName={"sun": Tone.BRIGHT, "moon": Tone.DIM},
))

case("enum_wire_strings_in_collections", ShadeCollections(
    shade=Shade.DARK_BLUE,
    shades=[Shade.DARK_BLUE, Shade.LIGHT_GREEN, Shade.RED, Shade.UNKNOWN],
    shadeByName={"sky": Shade.DARK_BLUE, "grass": Shade.LIGHT_GREEN},
    shadeMaps=[{"a": Shade.LIGHT_GREEN}, {}],
))

case("enum_wire_string_unknown", JsonKeys(shade=Shade.UNKNOWN))

case("json_keys", JsonKeys(
    displayName="Web server",
    vmUUID="5c1e9a7d-3f42-4b8e-9d16-2a7c4e8b1f93",
    ipv4Address=167772161,
    kind="vm",
    shade=Shade.RED,
    leaf=Leaf(name="root", size=10),
    leaves=[Leaf(name="l1", size=1), Leaf(name="l2")],
    labels={"env": "prod", "Tier": "web"},
))

case("snake_keys", SnakeKeys(
    vmUUID="5c1e9a7d-3f42-4b8e-9d16-2a7c4e8b1f93",
    ipv4Address="10.0.0.1",
    extId="ext-1",
    name="parent",
    isCancelable=True,
    displayName="Parent item",
    numberOfSubTasks=1,
    childLeaf=Leaf(name="child", size=0),
    subItems=[SnakeKeys(name="child", isCancelable=False)],
))

case("dict_key_overrides", DictKeyOverrides(
    extId="id-1",
    typeName="custom.Type",
    plainValue="plain",
    specialKey=7,
    nested=JsonOverrides(objectType="dict.JsonOverrides", foo="foo", barBaz="bar"),
))

case("redacted_all_set", Secrets(
    user="admin",
    password="hunter2",
    pin=1234,
    seed=42,
    credentials=Leaf(name="key", size=2048),
    tokens=["t1", "t2"],
    headers={"Authorization": "Bearer abc"},
))

# Only the primitive seed (always set) shows '***'; null redacted values stay None.
case("redacted_all_null", Secrets())

# Empty values are not null: they are redacted too. Children are not redacted but their own
# redacted values are.
case("redacted_nested", Secrets(
    user="root",
    password="",
    tokens=[],
    headers={},
    children=[
        Secrets(user="child-1", password="secret", pin=0),
        Secrets(user="child-2", credentials=Leaf(), children=[Secrets(tokens=["deep"])]),
    ],
))

# Width limits, counted in code points: the one-line repr of a Leaf is 23 + len(name) long.
W80 = "n" * 57
W81 = "n" * 58
W80_EMOJI = "n" * 56 + "😀"
assert len(repr(Leaf(name=W80, size=1))) == 80
assert len(repr(Leaf(name=W81, size=1))) == 81
assert len(repr(Leaf(name=W80_EMOJI, size=1))) == 80
assert len(repr(Leaf(name=W80_EMOJI, size=1)).encode("utf-16-le")) // 2 == 81
case("width_80_fits", Leaf(name=W80, size=1))
case("width_81_wraps", Leaf(name=W81, size=1))
case("width_80_code_points", Leaf(name=W80_EMOJI, size=1))

# Nested width: in {'the-leaf': {...}} the inner dict gets indent 13 and allowance 1, so its
# repr fits when 13 + len + 1 <= 80.
W_IN_FITS = "m" * 43
W_IN_WRAPS = "m" * 44
assert len(repr(Leaf(name=W_IN_FITS, size=1))) == 66
case("width_nested_fits", JsonKeys(leaf=Leaf(name=W_IN_FITS, size=1)))
case("width_nested_wraps", JsonKeys(leaf=Leaf(name=W_IN_WRAPS, size=1)))


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for name, value in CASES.items():
        with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8", newline="") as f:
            f.write(pprint.pformat(value))
    with open(os.path.join(OUT, "index.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("".join(name + "\n" for name in CASES))
    print(f"wrote {len(CASES)} cases to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
