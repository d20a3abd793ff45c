#!/usr/bin/env python3
"""Prints where a JFR recording's execution samples are: the top methods by own time (self) and by
time spent in them and what they call (inclusive), as a share of the samples of the benchmark
thread. Usage: jfr-top.py RECORDING.jfr [TOP=25] [INCLUDE=io.apimodel,com.fasterxml,java.]"""
import collections
import re
import subprocess
import sys

path = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
include = tuple((sys.argv[3] if len(sys.argv) > 3 else "io.apimodel,com.fasterxml,java.").split(","))
text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "128", path],
                      capture_output=True, text=True, check=True).stdout
samples, frames = [], None
for line in text.splitlines():
    s = line.strip()
    if s.startswith("stackTrace = ["):
        frames = []
    elif frames is not None:
        if s.startswith("]"):
            samples.append(frames)
            frames = None
        elif s and s != "...":
            frames.append(re.sub(r"\s+line:.*$", "", s))
samples = [f for f in samples if any("_jmhStub" in x for x in f)]
n = len(samples) or 1
own = collections.Counter(f[0] for f in samples if f)
total = collections.Counter()
for f in samples:
    for m in set(f):
        if m.startswith(include) and "jmh_generated" not in m:
            total[m] += 1
print(f"{len(samples)} samples of the benchmark thread")
print("self:")
for m, c in own.most_common(top):
    print(f"  {100 * c / n:5.1f}%  {m}")
print("inclusive:")
for m, c in total.most_common(top):
    print(f"  {100 * c / n:5.1f}%  {m}")
