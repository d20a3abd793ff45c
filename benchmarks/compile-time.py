#!/usr/bin/env python3
"""Times javac on N generated @ApiModel interfaces with and without the apimodel processor.

Each model has 12 mixed properties, like Task: a String with @Pattern, a String with @Size, an
Integer with @Range, Long, Boolean, an enum, OffsetDateTime, List<String> with @Size,
Map<String, String>, a reference to another generated model, a List of generated models with
@Size, and a Double. Models sit in packages of 50 and refer to each other across packages and in
cycles. The run without the processor (-proc:none) compiles the same interfaces with the
references pointing at the interfaces instead of the (then missing) generated classes.

ms/model = (median with processor - median without) / N: what the processor adds to a build,
generating and compiling the generated classes included.

The variant with jackson-databind on the classpath (the processor then also generates the
streaming codec) and the diagnostics run only up to N = --full-up-to, because at N = 3000 every
javac run with the processor takes minutes on a small machine. The diagnostics split the cost:
  -proc:only                         the processor's work plus javac parsing what it wrote
  a processor that only writes ...   a stand-in processor (Replay, compiled on the fly) that writes
                                     the sources apimodel wrote in an earlier run and does nothing
                                     else: javac's whole cost of the generated classes in a build,
                                     rounds included; the rest of "+ processor" is apimodel's own
  ... as declarations                the same with every method and constructor body replaced by
                                     { throw null; }: what the generated members and their Javadoc
                                     cost before any code in them
  -proc:none, interfaces + ...       the generated sources compiled as plain sources (full, and
                                     declarations only), with no annotation processing at all

Usage: compile-time.py --annotations JAR --processor JAR --jackson-annotations JAR
                       --jackson-core JAR --jackson-databind JAR [--n 300,3000] [--reps 5,2]
                       [--full-up-to 300]
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

PER_PACKAGE = 50


def model_source(i, n, generated_refs):
    pkg = i // PER_PACKAGE
    parent = (i + 1) % n
    child = (i + 7) % n
    suffix = "" if generated_refs else "Model"
    parent_type = f"gen.p{parent // PER_PACKAGE}.M{parent}{suffix}"
    child_type = f"gen.p{child // PER_PACKAGE}.M{child}{suffix}"
    return f"""package gen.p{pkg};

import io.apimodel.ApiModel;
import io.apimodel.DictKeys;
import io.apimodel.Pattern;
import io.apimodel.Range;
import io.apimodel.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Model number {i}: a resource with twelve properties. */
@ApiModel(dictKeys = DictKeys.SNAKE_CASE)
public interface M{i}Model {{

  /** A globally unique identifier. */
  @Pattern("^[a-zA-Z0-9/+]*={{0,2}}:[a-fA-F0-9]{{8}}-[a-fA-F0-9]{{4}}-[a-fA-F0-9]{{4}}-[a-fA-F0-9]{{4}}-[a-fA-F0-9]{{12}}")
  String extId();

  /** The name of the resource. */
  @Size(max = 256)
  String name();

  /** Progress expressed as a percentage. */
  @Range(min = 0, max = 100)
  Integer progressPercentage();

  /** The size in bytes. */
  Long sizeBytes();

  /** Whether the resource is enabled. */
  Boolean isEnabled();

  /** The state of the resource. */
  State state();

  /** When the resource was created. */
  OffsetDateTime createdTime();

  /** Free-form tags. */
  @Size(max = 50)
  List<String> tags();

  /** Labels by name. */
  Map<String, String> labels();

  /** The parent resource. */
  {parent_type} parent();

  /** The child resources. */
  @Size(max = 100)
  List<{child_type}> children();

  /** A ratio between 0 and 1. */
  Double ratio();
}}
"""


def enum_source(pkg):
    return f"""package gen.p{pkg};

/** The state of a resource. */
public enum State {{
  QUEUED,
  RUNNING,
  SUCCEEDED,
  FAILED
}}
"""


def write_sources(root, n, generated_refs):
    files = []
    for pkg in range((n + PER_PACKAGE - 1) // PER_PACKAGE):
        d = os.path.join(root, "gen", f"p{pkg}")
        os.makedirs(d, exist_ok=True)
        path = os.path.join(d, "State.java")
        with open(path, "w") as f:
            f.write(enum_source(pkg))
        files.append(path)
    for i in range(n):
        path = os.path.join(root, "gen", f"p{i // PER_PACKAGE}", f"M{i}Model.java")
        with open(path, "w") as f:
            f.write(model_source(i, n, generated_refs))
        files.append(path)
    argfile = os.path.join(root, "sources.txt")
    with open(argfile, "w") as f:
        f.write("\n".join(files) + "\n")
    return argfile


def javac(argfile, work, classpath, processorpath, proc):
    out = os.path.join(work, "classes")
    gen = os.path.join(work, "generated")
    for d in (out, gen):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    cmd = ["javac", "--release", "17", "-encoding", "UTF-8", "-nowarn", "-d", out, "-s", gen,
           "-cp", os.pathsep.join(classpath)]
    if proc == "none":
        cmd += ["-proc:none"]
    elif proc.startswith("replay:"):
        replay_dir, sources_dir = proc[len("replay:"):].split(os.pathsep)
        cmd += ["-processorpath", replay_dir, "-processor", "Replay", "-Areplay.dir=" + sources_dir]
    else:
        cmd += ["-processorpath", os.pathsep.join(processorpath)]
        if proc == "only":
            cmd += ["-proc:only"]
    cmd.append("@" + argfile)
    start = time.perf_counter()
    result = subprocess.run(cmd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.stderr.write(" ".join(cmd) + "\n" + result.stdout + result.stderr)
        raise SystemExit(f"javac failed ({proc})")
    generated = 0
    lines = 0
    for d, _, fs in os.walk(gen):
        for name in fs:
            generated += 1
            with open(os.path.join(d, name), encoding="utf-8") as f:
                lines += sum(1 for _ in f)
    return elapsed, generated, lines


PREGENERATED = "javac -proc:none, interfaces + generated sources (diagnostic)"


def pregenerate(argfile, work, classpath, processorpath):
    """Runs the processor once (-proc:only) and returns an argfile naming the interfaces and the
    generated sources, so that compiling the generated code alone can be timed."""
    javac(argfile, work, classpath, processorpath, "only")
    with open(argfile) as f:
        files = [line for line in f.read().splitlines() if line]
    for d, _, fs in os.walk(os.path.join(work, "generated")):
        files += [os.path.join(d, name) for name in sorted(fs)]
    out = os.path.join(work, "sources.txt")
    with open(out, "w") as f:
        f.write("\n".join(files) + "\n")
    return out


DECLARATIONS = "javac -proc:none, interfaces + generated declarations only (diagnostic)"

DECLARATION = re.compile(r"^( +)(?:@[\w.]+(?:\([^)]*\))?\s+)*[\w<>\[\], .?]+\([^;{]*\)\s*(?:throws [\w., ]+)?\{$",
                         re.M)


def closing(text, i, open_char, close_char):
    """The index after the bracket that closes the one at text[i], skipping string and char literals."""
    depth = 0
    while True:
        c = text[i]
        if c in "\"'":
            i += 1
            while text[i] != c:
                i += 2 if text[i] == "\\" else 1
        elif c == open_char:
            depth += 1
        elif c == close_char:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1


def body_end(text, i):
    """The index after the brace that closes the one at text[i]."""
    return closing(text, i, "{", "}")


def call_end(text, i):
    """The index after the parenthesis that closes the one at text[i]."""
    return closing(text, i, "(", ")")


def declarations_only(text):
    """The source with every method and constructor body replaced by { throw null; }: the same
    members and Javadoc, nothing to attribute inside bodies."""
    out, pos = [], 0
    for m in DECLARATION.finditer(text):
        head = m.group(0)
        if m.start() < pos or re.search(r"\b(class|interface|enum|record|if|for|while|switch|catch|synchronized)\b", head) \
                or head.lstrip().startswith(("return", "else", "case", "new ", "try")):
            continue
        end = body_end(text, m.end() - 1)
        body = text[m.end():end - 1]
        keep = ""
        if body.lstrip().startswith("super("):
            # A constructor must still call its superclass's: keep that statement.
            start = m.end() + body.index("super(")
            keep = " " + text[start:call_end(text, start + len("super"))] + ";"
        out += [text[pos:m.end()], keep + " throw null; }"]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def strip_bodies(argfile, work):
    """An argfile naming the interfaces and a copy of the generated sources with declarations only."""
    files = []
    with open(argfile) as f:
        for path in f.read().splitlines():
            if path and "/generated/" in path:
                copy = os.path.join(work, "declarations", os.path.relpath(path, os.path.join(os.path.dirname(argfile), "generated")))
                os.makedirs(os.path.dirname(copy), exist_ok=True)
                with open(path, encoding="utf-8") as src, open(copy, "w", encoding="utf-8") as dst:
                    dst.write(declarations_only(src.read()))
                path = copy
            if path:
                files.append(path)
    out = os.path.join(work, "declarations.txt")  # the stripped copies are under work/declarations
    with open(out, "w") as f:
        f.write("\n".join(files) + "\n")
    return out


REPLAY_SOURCE = """
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/** Writes the sources found under -Areplay.dir in the first round: a processor that costs nothing. */
@SupportedAnnotationTypes("io.apimodel.ApiModel")
@SupportedOptions("replay.dir")
public final class Replay extends AbstractProcessor {
  private boolean done;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (done) {
      return false;
    }
    done = true;
    Path dir = Path.of(processingEnv.getOptions().get("replay.dir"));
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Path> files = walk.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList());
      for (Path file : files) {
        String relative = dir.relativize(file).toString();
        String name = relative.substring(0, relative.length() - 5).replace(java.io.File.separatorChar, '.');
        try (Writer out = processingEnv.getFiler().createSourceFile(name).openWriter()) {
          out.write(Files.readString(file));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }
}
"""

REPLAY = "javac + a processor that only writes the generated sources (diagnostic)"
REPLAY_DECLARATIONS = "javac + a processor that only writes them as declarations (diagnostic)"


def build_replay(work):
    """Compiles the Replay processor into work/replay and returns that directory."""
    out = os.path.join(work, "replay")
    os.makedirs(out, exist_ok=True)
    src = os.path.join(work, "Replay.java")
    with open(src, "w") as f:
        f.write(REPLAY_SOURCE)
    subprocess.run(["javac", "--release", "17", "-d", out, src], check=True)
    return out


def main():
    ap = argparse.ArgumentParser()
    for name in ("annotations", "processor", "jackson-annotations", "jackson-core",
                 "jackson-databind"):
        ap.add_argument("--" + name, required=True)
    ap.add_argument("--n", default="300,3000")
    ap.add_argument("--reps", default="5,2")
    ap.add_argument("--full-up-to", type=int, default=300)
    args = ap.parse_args()
    sizes = [int(x) for x in args.n.split(",")]
    reps = [int(x) for x in args.reps.split(",")]
    reps += [reps[-1]] * (len(sizes) - len(reps))

    base_cp = [args.annotations, args.jackson_annotations]
    codec_cp = base_cp + [args.jackson_databind, args.jackson_core]
    processorpath = [args.processor, args.annotations, args.jackson_annotations]
    # name, sources, classpath, proc, full-only
    all_variants = [
        ("javac -proc:none", False, base_cp, "none", False),
        ("javac + processor", True, base_cp, "full", False),
        ("javac -proc:none, databind on cp", False, codec_cp, "none", True),
        ("javac + processor + codec (databind on cp)", True, codec_cp, "full", True),
        ("javac -proc:only (diagnostic)", True, base_cp, "only", True),
        (PREGENERATED, "pregenerated", base_cp, "none", True),
        (DECLARATIONS, "declarations", base_cp, "none", True),
        (REPLAY, True, base_cp, "replay-generated", True),
        (REPLAY_DECLARATIONS, True, base_cp, "replay-declarations", True),
    ]

    rows = []
    replay = None  # the stand-in processor, compiled when a diagnostic first needs it
    with tempfile.TemporaryDirectory(prefix="apimodel-compile-time-") as tmp:
        for n, r in zip(sizes, reps):
            plain_src = write_sources(os.path.join(tmp, f"plain{n}"), n, False)
            apt_src = write_sources(os.path.join(tmp, f"apt{n}"), n, True)
            variants = [v[:4] for v in all_variants if n <= args.full_up_to or not v[4]]
            sources = {False: plain_src, True: apt_src}
            replays = {}
            if n <= args.full_up_to:
                sources["pregenerated"] = pregenerate(apt_src, os.path.join(tmp, f"pregen{n}"),
                                                      base_cp, processorpath)
                pregen_dir = os.path.join(tmp, f"pregen{n}")
                sources["declarations"] = strip_bodies(sources["pregenerated"], pregen_dir)
                replay = replay or build_replay(tmp)
                replays = {
                    "replay-generated": f"replay:{replay}{os.pathsep}{os.path.join(pregen_dir, 'generated')}",
                    "replay-declarations": f"replay:{replay}{os.pathsep}{os.path.join(pregen_dir, 'declarations')}",
                }
            times = {v[0]: [] for v in variants}
            gen_counts = {}
            for rep in range(r):
                for name, generated_refs, cp, proc in variants:
                    t, count, lines = javac(sources[generated_refs],
                                            os.path.join(tmp, "work"), cp, processorpath,
                                            replays.get(proc, proc))
                    times[name].append(t)
                    gen_counts[name] = (count, lines)
                    print(f"  N={n} rep {rep + 1}/{r} {name}: {t:.2f} s"
                          + (f", {count} files / {lines} lines generated" if proc != "none" else ""),
                          file=sys.stderr, flush=True)
            med = {k: statistics.median(v) for k, v in times.items()}
            for name, _, _, proc in variants:
                if proc != "none" and gen_counts[name][0] < n:
                    raise SystemExit(f"{name}: only {gen_counts[name][0]} of {n} classes generated")
            rows.append((n, r, med, times, gen_counts))

    def cell(med, name):
        return f"{med[name]:.2f} s" if name in med else "–"

    def per_model(med, n, with_name, without_name):
        if with_name not in med or without_name not in med:
            return None
        return (med[with_name] - med[without_name]) * 1000 / n

    print("| N | javac -proc:none | + processor | **ms/model** | -proc:none, databind on cp "
          "| + processor + codec | **ms/model** | generated lines/model (codec) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    results = {}
    for n, r, med, _, counts in rows:
        a = per_model(med, n, "javac + processor", "javac -proc:none")
        b = per_model(med, n, "javac + processor + codec (databind on cp)",
                      "javac -proc:none, databind on cp")
        results[n] = (a, b)
        lines = counts["javac + processor"][1] / n
        codec_lines = counts.get("javac + processor + codec (databind on cp)", (0, 0))[1] / n
        print(f"| {n} | {cell(med, 'javac -proc:none')} | {cell(med, 'javac + processor')} "
              f"| **{a:.0f}** | {cell(med, 'javac -proc:none, databind on cp')} "
              f"| {cell(med, 'javac + processor + codec (databind on cp)')} "
              f"| {'**%.0f**' % b if b is not None else '–'} "
              f"| {lines:.0f}" + (f" ({codec_lines:.0f})" if codec_lines else "") + " |")
    diagnostics = [
        ("javac -proc:only (diagnostic)", "the processor, and javac parsing what it wrote; nothing compiled"),
        (REPLAY, "javac's whole cost of the generated classes in a build: a processor that costs nothing "
                 "writes the same sources"),
        (REPLAY_DECLARATIONS, "the same with every method and constructor body replaced by "
                              "`{ throw null; }`: the members and Javadoc alone"),
        (PREGENERATED, "the generated sources compiled as plain sources, no annotation processing"),
        (DECLARATIONS, "the same, declarations only"),
    ]
    for n, r, med, _, _ in rows:
        if PREGENERATED not in med:
            continue
        print()
        print(f"Diagnostics at N={n} (ms/model = (median - median of javac -proc:none) / N):")
        print()
        print("| variant | median | ms/model | what it measures |")
        print("|---|---:|---:|---|")
        for name, what in diagnostics:
            print(f"| {name.replace(' (diagnostic)', '')} | {cell(med, name)} "
                  f"| {per_model(med, n, name, 'javac -proc:none'):.0f} | {what} |")
    print()
    print("Medians of " + ", ".join(f"{r} runs at N={n}" for n, r, _, _, _ in rows)
          + "; ms/model = (with processor - without) / N. The target is relative: at most AutoValue's"
          " ms/model (1.5x with the codec), measured side by side by the benchmark workspace's"
          " run-compile.sh (docs/performance.md, Compile time).")
    if len(sizes) >= 2:
        lo, hi = sizes[0], sizes[-1]
        print(f"Growth N={lo} -> N={hi}: ms/model x{results[hi][0] / results[lo][0]:.2f} "
              "(1.00 = linear, > 1 = worse than linear).")
    print()
    print("All runs (s):")
    for n, r, _, times, _ in rows:
        for name, values in times.items():
            print(f"  N={n} {name}: " + ", ".join(f"{v:.2f}" for v in values))


if __name__ == "__main__":
    main()
