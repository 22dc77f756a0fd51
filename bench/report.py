#!/usr/bin/env python3
"""Merge llmos-bench and peer benchmark results into bench/RESULTS.md.

Standard library only. Called by scripts/bench.sh; usable by hand:

  python3 bench/report.py --llmos llmos.json \
      --peer quickjs-emscripten=peer.json \
      --cold-llmos cold-llmos.txt --cold-peer cold-peer.txt [--cold-baseline true.txt] \
      [--boot boot.jsonl] [--http http.jsonl] [--build-dir build] [--llmos-version STR] [--note TEXT ...] \
      [--out bench/RESULTS.md]

Inputs:
  * --llmos / --peer files: {"workloads": {"<name>": {"median_ms": x, "p95_ms": y, "n": k}}}
    (extra keys are ignored; a peer file may carry a "meta" object that is shown).
  * --cold-* files: one wall-clock duration in milliseconds per line (one line per process).
  * --boot file: one `llmos status --json` object per line, the first from a fresh data dir.
  * --http file: one {"isolation": "process"|"none", "result": <llmos-http-load --json>} per line.
Anything missing or unreadable is shown as "—" and reported as a warning, never a crash.
"""

import argparse
import datetime
import json
import math
import os
import platform
import re
import shutil
import subprocess
import sys

import latency_plot

DASH = "—"

# Targets from the contract / issue. Each: (text shown, check(llmos_stats, peer_stats) -> bool|None)
FIB27_MIN_RATIO = 2.2
JSON100K_MIN_RATIO = 1.5
ARTIFACT_MEDIAN_MAX_MS = 0.050
ARTIFACT_MIN_RATIO = 10.0
COLD_MEDIAN_MAX_MS = 10.0
COLD_MIN_RATIO = 25.0
IDLE_CONTEXT_MAX_BYTES = 64 * 1024
HTTP_MIN_PER_SECOND = 3000.0
HTTP_P99_MAX_MS = 20.0
HTTP_CLIENTS = 8


def _ratio(l, p):
    if l is None or p is None:
        return None
    lm, pm = l.get("median_ms"), p.get("median_ms")
    if not _num(lm) or not _num(pm) or lm <= 0:
        return None
    return pm / lm


def _artifact_met(l, p):
    if l is None or not _num(l.get("median_ms")):
        return None
    fast = l["median_ms"] <= ARTIFACT_MEDIAN_MAX_MS
    r = _ratio(l, p)
    return fast if r is None else fast and r >= ARTIFACT_MIN_RATIO


def _ratio_at_least(minimum):
    return lambda l, p: None if _ratio(l, p) is None else _ratio(l, p) >= minimum


TARGETS = {
    "artifact_2plus2": (
        f"llmos median ≤ 50 µs and ≥ {ARTIFACT_MIN_RATIO:g}× faster than quickjs-emscripten",
        _artifact_met,
    ),
    "fib27": (f"≥ {FIB27_MIN_RATIO}× faster than quickjs-emscripten", _ratio_at_least(FIB27_MIN_RATIO)),
    "json100k": (f"≥ {JSON100K_MIN_RATIO}× faster than quickjs-emscripten", _ratio_at_least(JSON100K_MIN_RATIO)),
}

warnings = []


def warn(msg):
    warnings.append(msg)
    print(f"report.py: warning: {msg}", file=sys.stderr)


def _num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def load_workloads(path, label):
    """Return (workloads dict, meta dict); empty on any problem."""
    if not path:
        return {}, {}
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        warn(f"{label} results unreadable ({path}): {e}")
        return {}, {}
    if not isinstance(data, dict) or not isinstance(data.get("workloads"), dict):
        warn(f"{label} results have no \"workloads\" object ({path})")
        return {}, {}
    out = {}
    for name, st in data["workloads"].items():
        if not isinstance(st, dict):
            warn(f"{label}: workload {name!r} is not an object; ignored")
            continue
        clean = {}
        for key in ("median_ms", "p95_ms", "n"):
            v = st.get(key)
            clean[key] = v if _num(v) else None
        samples = st.get("samples_ms")
        clean["samples_ms"] = [x for x in samples if _num(x)] if isinstance(samples, list) else []
        out[str(name)] = clean
    meta = data.get("meta") if isinstance(data.get("meta"), dict) else {}
    if isinstance(data.get("memory"), dict):
        meta = dict(meta, memory={k: v for k, v in data["memory"].items() if _num(v)})
    return out, meta


def load_times(path, label):
    if not path:
        return []
    vals = []
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                try:
                    v = float(line)
                except ValueError:
                    warn(f"{label}: ignoring non-numeric line {line!r}")
                    continue
                if math.isfinite(v) and v >= 0:
                    vals.append(v)
    except OSError as e:
        warn(f"{label} timings unreadable ({path}): {e}")
    return vals


def median(xs):
    s = sorted(xs)
    n = len(s)
    if n == 0:
        return None
    m = n // 2
    return s[m] if n % 2 else (s[m - 1] + s[m]) / 2


def p95(xs):
    s = sorted(xs)
    if not s:
        return None
    idx = min(len(s) - 1, max(0, math.ceil(0.95 * len(s)) - 1))  # nearest rank
    return s[idx]


def fmt_ms(v):
    if not _num(v):
        return DASH
    if v < 1:
        us = v * 1000
        return f"{us:.1f} µs" if us < 100 else f"{us:.0f} µs"
    if v < 10:
        return f"{v:.2f} ms"
    if v < 100:
        return f"{v:.1f} ms"
    return f"{v:.0f} ms"


def fmt_n(v):
    return str(int(v)) if _num(v) else DASH


def fmt_ratio(r):
    if r is None or not _num(r) or r <= 0:
        return DASH
    if r >= 1:
        return f"{r:.2f}× faster"
    return f"{1 / r:.2f}× slower"


def fmt_met(ok):
    if ok is None:
        return DASH
    return "✅ met" if ok else "❌ not met"


def read_first_line(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.readline().strip()
    except OSError:
        return None


def run_first_line(cmd):
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=10)
        text = (out.stdout or out.stderr).strip().splitlines()
        return text[0].strip() if text else None
    except (OSError, subprocess.SubprocessError):
        return None


def machine_info(build_dir):
    info = {}
    cpu, cores_per_socket, sockets = None, None, set()
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as f:
            for line in f:
                k, _, v = line.partition(":")
                k, v = k.strip(), v.strip()
                if k == "model name" and cpu is None:
                    cpu = v
                elif k == "cpu cores" and cores_per_socket is None:
                    cores_per_socket = v
                elif k == "physical id":
                    sockets.add(v)
    except OSError:
        pass
    info["cpu"] = cpu or platform.processor() or platform.machine() or DASH
    logical = os.cpu_count()
    try:
        usable = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        usable = logical
    cores = f"{usable} usable"
    if logical and logical != usable:
        cores += f" of {logical} logical"
    if cores_per_socket:
        cores += f" ({cores_per_socket} per socket × {max(1, len(sockets))} socket(s) per /proc/cpuinfo)"
    info["cores"] = cores
    mem = None
    try:
        with open("/proc/meminfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    kb = int(line.split()[1])
                    mem = f"{kb / 1024 / 1024:.1f} GiB"
                    break
    except (OSError, ValueError, IndexError):
        pass
    info["memory"] = mem or DASH
    u = platform.uname()
    info["kernel"] = f"{u.system} {u.release} ({u.machine})"
    info["os"] = DASH
    try:
        with open("/etc/os-release", encoding="utf-8") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    info["os"] = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    compiler = None
    if build_dir:
        cache = os.path.join(build_dir, "CMakeCache.txt")
        try:
            with open(cache, encoding="utf-8", errors="replace") as f:
                for line in f:
                    m = re.match(r"CMAKE_CXX_COMPILER(?::[A-Z]+)?=(.+)$", line.strip())
                    if m and m.group(1):
                        compiler = run_first_line([m.group(1), "--version"])
                        break
        except OSError:
            pass
    if not compiler:
        for cand in ("c++", "g++", "clang++"):
            if shutil.which(cand):
                compiler = run_first_line([cand, "--version"])
                if compiler:
                    compiler += " (the default C++ compiler; no CMake cache found)"
                    break
    info["compiler"] = compiler or DASH
    return info


def parse_peer_args(items):
    peers = []
    for item in items or []:
        label, sep, path = item.partition("=")
        if not sep or not label:
            warn(f"--peer expects LABEL=FILE, got {item!r}; ignored")
            continue
        peers.append((label, path))
    return peers


def read_json_lines(path, label, what):
    """(line, object) for each JSON line of `path`, in order; a warning for each line that is
    not JSON and, once, if the file cannot be read (`what` names its contents)."""
    if not path:
        return []
    out = []
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                try:
                    out.append((line, json.loads(line)))
                except ValueError:
                    warn(f"{label}: ignoring a line that is not JSON: {line[:60]!r}")
    except OSError as e:
        warn(f"{what} unreadable ({path}): {e}")
    return out


def load_boots(path):
    """The `llmos status --json` objects of --boot, in order; [] on any problem."""
    return [obj for _, obj in read_json_lines(path, "boot", "boot timings")
            if isinstance(obj, dict) and isinstance(obj.get("stages"), list)]


def add_boot_section(add, boots):
    add("## Kernel boot: `llmos status`")
    add("")
    add("The six stages of the seed, timed by the kernel itself. The first boot of a fresh data dir "
        "creates the volumes and installs the stdlib; later boots verify it (median and p95 over those). "
        "`llmos run` runs none of these stages: it uses the stdlib built into the binary and touches "
        "the data dir only when the artifact uses storage.")
    add("")
    if not boots:
        add(f"No boot figures in this run {DASH} `llmos status --json` did not run or failed.")
        add("")
        return
    first, rest = boots[0], boots[1:]
    names = [st.get("name") for st in first["stages"] if isinstance(st, dict)]

    def durations(boot_list, name):
        out = []
        for b in boot_list:
            for st in b.get("stages", []):
                if isinstance(st, dict) and st.get("name") == name and _num(st.get("durationMs")):
                    out.append(st["durationMs"])
        return out

    def first_stage(name):
        for st in first["stages"]:
            if isinstance(st, dict) and st.get("name") == name:
                return st
        return {}

    add("| stage | first boot | status | later boots: median | p95 | n |")
    add("|---|---:|---|---:|---:|---:|")
    for name in names:
        st = first_stage(name)
        later = durations(rest, name)
        add("| `{}` | {} | {} | {} | {} | {} |".format(
            name, fmt_ms(st.get("durationMs")), st.get("status", DASH),
            fmt_ms(median(later)), fmt_ms(p95(later)), len(later) or DASH))
    totals = [b["bootDuration"] for b in rest if _num(b.get("bootDuration"))]
    add("| **total** (`bootDuration`) | {} | {} | {} | {} | {} |".format(
        fmt_ms(first.get("bootDuration")), first.get("status", DASH),
        fmt_ms(median(totals)), fmt_ms(p95(totals)), len(totals) or DASH))
    add("")


def load_http(path):
    """The (isolation, llmos-http-load result) pairs of --http, in order; [] on any problem."""
    runs = []
    for line, obj in read_json_lines(path, "http", "http figures"):
        result = obj.get("result") if isinstance(obj, dict) else None
        if isinstance(result, dict) and _num(result.get("per_second")):
            runs.append((str(obj.get("isolation", DASH)), result))
        else:
            warn(f"http: ignoring a line without a result: {line[:60]!r}")
    return runs


HTTP_ISOLATION_TEXT = {
    "process": "`--isolation process` (the default: JavaScript in sandboxed worker processes)",
    "none": "`--isolation none` (JavaScript in the server's threads, from the context pool)",
}


def add_http_section(add, runs):
    add(f"## HTTP: `2+2` through `llmos serve`, {HTTP_CLIENTS} concurrent clients")
    add("")
    if not runs:
        add("No figures in this run (`scripts/bench.sh --no-http`, or the server did not start).")
        add("")
        return
    add(f"`build/llmos-http-load --clients {HTTP_CLIENTS}` against `build/llmos serve --port 0` (its defaults: one "
        "worker per hardware thread). Each client holds one keep-alive connection and posts "
        "`{\"code\":\"2+2\"}` back to back; every answer is checked (200, `\"success\":true`); one "
        "second of warm-up is not counted. The load generator runs on the same cores as the server.")
    add("")
    add("| server | seconds | executions | executions/s | p50 | p99 | max | failures | target | status |")
    add("|---|---:|---:|---:|---:|---:|---:|---:|---|---|")
    for iso, r in runs:
        rate, p99v, failures = r.get("per_second"), r.get("p99_ms"), r.get("failures")
        met = None
        if _num(rate) and _num(p99v):
            met = rate >= HTTP_MIN_PER_SECOND and p99v <= HTTP_P99_MAX_MS and failures == 0
        add("| {} | {} | {} | {} | {} | {} | {} | {} | ≥ {:g}/s, p99 ≤ {:g} ms | {} |".format(
            HTTP_ISOLATION_TEXT.get(iso, f"`--isolation {iso}`"), fmt_n(r.get("seconds")),
            fmt_n(r.get("executions")), f"{rate:.0f}" if _num(rate) else DASH,
            fmt_ms(r.get("p50_ms")), fmt_ms(p99v), fmt_ms(r.get("max_ms")),
            fmt_n(failures), HTTP_MIN_PER_SECOND, HTTP_P99_MAX_MS, fmt_met(met)))
    add("")


def add_memory_section(add, memory):
    add("## Memory per idle pooled context")
    add("")
    heap = memory.get("idle_context_heap_bytes") if memory else None
    if heap is None:
        add("No figures in this run (`llmos-bench --filter` left out `idle_context_memory`).")
        add("")
        return
    rss = memory.get("idle_context_rss_bytes")
    n = memory.get("contexts")
    add(f"{int(n) if n else DASH} sandboxes built as the context pool builds them (a runtime, its context with "
        "every intrinsic, the LLMOS API installed, init.js run and stdlib.js prepared) and held at once.")
    add("")
    add("| measure | per sandbox | target | status |")
    add("|---|---:|---|---|")
    add(f"| the engine allocator's count (blocks + overhead) | {heap / 1024:.1f} KB | "
        f"≤ {IDLE_CONTEXT_MAX_BYTES // 1024} KB | {fmt_met(heap <= IDLE_CONTEXT_MAX_BYTES)} |")
    if rss is not None:
        add(f"| growth of the process's resident memory | {rss / 1024:.1f} KB | {DASH} | {DASH} |")
    add("")


def merge_rounds(rounds):
    """One (workloads, meta) from the (workloads, meta) of several rounds: per workload the median
    of the rounds' medians and of their p95s, n summed, `rounds` counted; the first meta."""
    merged, meta, order = {}, {}, []
    for w, m in rounds:
        meta = meta or m
        for name, st in w.items():
            if name not in merged:
                merged[name] = []
                order.append(name)
            merged[name].append(st)
    out = {}
    for name in order:
        sts = merged[name]
        meds = [st["median_ms"] for st in sts if _num(st.get("median_ms"))]
        p95s = [st["p95_ms"] for st in sts if _num(st.get("p95_ms"))]
        ns = [st["n"] for st in sts if _num(st.get("n"))]
        out[name] = {"median_ms": median(meds) if meds else None, "p95_ms": median(p95s) if p95s else None,
                     "n": sum(ns) if ns else None, "rounds": len(sts),
                     "samples_ms": [x for st in sts for x in st.get("samples_ms", [])]}
    return out, meta


def write_latency_svg(path, llmos, peers):
    """The distributions of every workload's timed iterations, llmos then the peer that has it."""
    rows = []
    for name, st in llmos.items():
        rows.append((name, "llmos", st.get("samples_ms", [])))
        for label, w, _ in peers:
            if name in w:
                rows.append((name, label, w[name].get("samples_ms", [])))
                break
    svg = latency_plot.render(rows, "Latency per iteration: llmos and quickjs-emscripten, same run")
    if svg is None:
        warn("no samples to plot; latency SVG not written")
        return
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(svg)
    os.replace(tmp, path)


def build_report(args):
    llmos, llmos_meta = merge_rounds([load_workloads(path, "llmos") for path in args.llmos or []])
    if not llmos and args.llmos:
        warn("no llmos workloads")
    peers = []
    by_label = {}
    for label, path in parse_peer_args(args.peer):
        if label not in by_label:
            by_label[label] = []
            peers.append(label)
        by_label[label].append(load_workloads(path, label))
    peers = [(label, *merge_rounds(by_label[label])) for label in peers]
    if args.svg:
        write_latency_svg(args.svg, llmos, peers)

    # Order: llmos workloads as llmos-bench listed them, then peer-only workloads.
    names = list(llmos.keys())
    for _, w, _ in peers:
        for name in w:
            if name not in names:
                names.append(name)

    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    mi = machine_info(args.build_dir)
    lines = []
    add = lines.append
    add("# llmos benchmark results")
    add("")
    add(f"Written by `scripts/bench.sh` (via `bench/report.py`) on {now.isoformat().replace('+00:00', ' UTC')}. "
        "Rerun `./scripts/bench.sh` to refresh; do not edit by hand.")
    add("")
    add("## Machine")
    add("")
    add(f"- CPU: {mi['cpu']}")
    add(f"- Cores: {mi['cores']}")
    add(f"- Memory: {mi['memory']}")
    add(f"- Kernel: {mi['kernel']}; OS: {mi['os']}")
    add(f"- Compiler (llmos build): {mi['compiler']}")
    add(f"- llmos: {args.llmos_version or DASH}")
    for label, _, meta in peers:
        desc = label
        if meta.get("version"):
            desc += f" {meta['version']}"
        extra = []
        if meta.get("variant"):
            v = meta["variant"]
            if meta.get("variant_version"):
                v += f"@{meta['variant_version']}"
            extra.append(f"variant {v}")
        if meta.get("node"):
            extra.append(f"Node {meta['node']}")
        if extra:
            desc += " (" + ", ".join(extra) + ")"
        add(f"- Peer: {desc}")
    add("")

    add("## In-process workloads")
    add("")
    add("Each iteration is a whole artifact: a fresh isolated runtime + context (128 MB memory limit, "
        "5 s deadline), the workload's source evaluated, the full result JSON built. "
        "Median and p95 over `n` timed iterations after warm-up; the ratio is peer median / llmos median. "
        "A workload measured in several rounds (`bench.sh --rounds`: one workload on llmos, then on the peer, "
        "back to back) shows the median of its rounds' medians and p95s, and `n` over all rounds. "
        "On a shared virtual machine the CPU's speed can shift by up to ~1.5× within and between runs, "
        "so rerun before reading much into a figure close to its target.")
    add("")
    add("| workload | llmos median | llmos p95 | n | peer | peer median | peer p95 | n | peer / llmos (median) | target | status |")
    add("|---|---:|---:|---:|---|---:|---:|---:|---:|---|---|")
    for name in names:
        l = llmos.get(name)
        peer_label, p = DASH, None
        for label, w, _ in peers:
            if name in w:
                peer_label, p = label, w[name]
                break
        r = _ratio(l, p)
        target_text, check = TARGETS.get(name, (DASH, None))
        ok = check(l, p) if check else None
        add("| `{}` | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |".format(
            name,
            fmt_ms(l and l.get("median_ms")), fmt_ms(l and l.get("p95_ms")), fmt_n(l and l.get("n")),
            peer_label,
            fmt_ms(p and p.get("median_ms")), fmt_ms(p and p.get("p95_ms")), fmt_n(p and p.get("n")),
            fmt_ratio(r), target_text, fmt_met(ok)))
    if not names:
        add(f"| {DASH} | {DASH} | {DASH} | {DASH} | {DASH} | {DASH} | {DASH} | {DASH} | {DASH} | {DASH} | {DASH} |")
    if args.svg and os.path.exists(args.svg):
        base = os.path.dirname(os.path.abspath(args.out)) if args.out != "-" else os.getcwd()
        add("")
        add(f"![Latency of every timed iteration, per workload: llmos and the peer]"
            f"({os.path.relpath(os.path.abspath(args.svg), base)})")
    st = llmos.get("storage_1000")
    if st and _num(st.get("median_ms")) and st["median_ms"] > 0:
        add("")
        add("`storage_1000` is 500 awaited `LLMOS.storage.set` then 500 `get` calls in one artifact "
            "(SQLite, WAL, synchronous=FULL, a fresh data dir): "
            f"**{1000 / (st['median_ms'] / 1000):,.0f} round trips per second** at the median.")
    inproc, proc = llmos.get("artifact_2plus2"), llmos.get("artifact_2plus2_process")
    if inproc and proc and _num(inproc.get("median_ms")) and _num(proc.get("median_ms")):
        add("")
        add("Process isolation (`llmos serve`'s default; `llmos run --isolation process`) costs "
            f"**{(proc['median_ms'] - inproc['median_ms']) * 1000:,.0f} µs per execution** at the median "
            f"(`artifact_2plus2_process` {proc['median_ms'] * 1000:,.0f} µs against `artifact_2plus2` "
            f"{inproc['median_ms'] * 1000:,.0f} µs): the request and the result cross a socket, as CBOR.")
    for name, (target_text, _) in TARGETS.items():
        if name not in names:
            add("")
            add(f"Target for `{name}` ({target_text}): no figures in this run.")
    add("")

    add("## Cold start: a whole process that evaluates `2+2` and prints `4`")
    add("")
    add("Wall-clock time of each process from spawn to exit (`bench/spawn_time.py`: posix_spawn, "
        "then waitpid; stdin, stdout and stderr are /dev/null); one untimed warm-up run first (file cache).")
    add("")
    add("| command | runs | median | p95 | min | target | status |")
    add("|---|---:|---:|---:|---:|---|---|")
    cold_llmos = load_times(args.cold_llmos, "cold llmos")
    cold_peer = load_times(args.cold_peer, "cold peer")
    cold_base = load_times(args.cold_baseline, "cold baseline")
    lm = median(cold_llmos)
    add("| `{}` | {} | {} | {} | {} | median ≤ {:g} ms | {} |".format(
        args.cold_llmos_cmd, len(cold_llmos) or DASH, fmt_ms(lm), fmt_ms(p95(cold_llmos)),
        fmt_ms(min(cold_llmos) if cold_llmos else None), COLD_MEDIAN_MAX_MS,
        fmt_met(None if lm is None else lm <= COLD_MEDIAN_MAX_MS)))
    pm = median(cold_peer)
    add("| `{}` | {} | {} | {} | {} | {} | {} |".format(
        args.cold_peer_cmd, len(cold_peer) or DASH, fmt_ms(pm), fmt_ms(p95(cold_peer)),
        fmt_ms(min(cold_peer) if cold_peer else None), DASH, DASH))
    cold_py = load_times(args.cold_python, "cold python")
    if cold_py:
        add("| `{}` (a fresh sandboxed CPython worker, numpy and matplotlib preloaded) | {} | {} | {} | {} | {} | {} |".format(
            args.cold_python_cmd, len(cold_py), fmt_ms(median(cold_py)), fmt_ms(p95(cold_py)),
            fmt_ms(min(cold_py)), DASH, DASH))
    if cold_base:
        add("| `{}` (process start-up floor) | {} | {} | {} | {} | {} | {} |".format(
            args.cold_baseline_cmd, len(cold_base), fmt_ms(median(cold_base)), fmt_ms(p95(cold_base)),
            fmt_ms(min(cold_base)), DASH, DASH))
    add("")
    cr = (pm / lm) if (lm and pm) else None
    add(f"Cold start, peer / llmos (median): {fmt_ratio(cr)} "
        f"(target ≥ {COLD_MIN_RATIO:g}×: {fmt_met(None if cr is None else cr >= COLD_MIN_RATIO)}).")
    add("")

    add_memory_section(add, llmos_meta.get("memory"))

    add_boot_section(add, load_boots(args.boot))

    add_http_section(add, load_http(args.http))

    add("## Targets")
    add("")
    add(f"- `fib27`: llmos at least {FIB27_MIN_RATIO}× faster than quickjs-emscripten (median).")
    add(f"- Cold `llmos run` of a file containing `2+2`: median ≤ {COLD_MEDIAN_MAX_MS:g} ms.")
    add(f"- `artifact_2plus2`: llmos median ≤ {ARTIFACT_MEDIAN_MAX_MS * 1000:g} µs per artifact, "
        f"≥ {ARTIFACT_MIN_RATIO:g}× quickjs-emscripten.")
    add(f"- `json100k`: llmos at least {JSON100K_MIN_RATIO}× faster than quickjs-emscripten (median).")
    add(f"- Cold `llmos run`: ≥ {COLD_MIN_RATIO:g}× faster than Node + quickjs-emscripten (median).")
    add(f"- Memory per idle pooled context ≤ {IDLE_CONTEXT_MAX_BYTES // 1024} KB.")
    add(f"- `2+2` over HTTP with {HTTP_CLIENTS} clients: ≥ {HTTP_MIN_PER_SECOND:g} executions/s, "
        f"p99 ≤ {HTTP_P99_MAX_MS:g} ms.")
    add("")

    notes = list(args.note or []) + warnings
    if notes:
        add("## Notes")
        add("")
        for n in notes:
            add(f"- {n}")
        add("")
    return "\n".join(lines)


# Sections written by hand into RESULTS.md (the reliability and fuzzing figures), kept as they
# are when this report is rewritten: everything from the marker line to the end of the file.
KEPT_MARKER = "<!-- kept by report.py:"


def kept_sections(out):
    if out == "-" or not os.path.exists(out):
        return ""
    with open(out, encoding="utf-8") as f:
        old = f.read()
    at = old.find(KEPT_MARKER)
    return "\n" + old[at:] if at >= 0 else ""


def main(argv=None):
    ap = argparse.ArgumentParser(description="Write bench/RESULTS.md from llmos and peer benchmark results.")
    ap.add_argument("--llmos", action="append",
                    help="llmos-bench --json output (repeatable: one file per round)")
    ap.add_argument("--peer", action="append", metavar="LABEL=FILE",
                    help="a peer's --json output (repeatable; the first peer having a workload is used)")
    ap.add_argument("--cold-llmos", help="file: one duration in ms per line for `llmos run`")
    ap.add_argument("--cold-peer", help="file: one duration in ms per line for the peer's cold process")
    ap.add_argument("--cold-baseline", help="file: one duration in ms per line for an empty process")
    ap.add_argument("--cold-python", help="file: one duration in ms per line for `llmos run --lang python`")
    ap.add_argument("--cold-python-cmd", default="build/llmos run --lang python 2plus2.py --data-dir DIR")
    ap.add_argument("--cold-llmos-cmd", default="build/llmos run 2plus2.js")
    ap.add_argument("--cold-peer-cmd", default="node cold-2plus2.mjs")
    ap.add_argument("--cold-baseline-cmd", default="/bin/true")
    ap.add_argument("--boot", help="file: one `llmos status --json` object per line")
    ap.add_argument("--http", help="file: one {isolation, result: llmos-http-load --json} per line")
    ap.add_argument("--build-dir", help="llmos build dir (its CMakeCache.txt names the compiler)")
    ap.add_argument("--llmos-version", help="output of `llmos --version`")
    ap.add_argument("--note", action="append", help="a line for the Notes section (repeatable)")
    ap.add_argument("--out", default="-", help="output markdown file, or - for stdout (default)")
    ap.add_argument("--svg", help="also write the latency distributions as an SVG box plot here")
    args = ap.parse_args(argv)

    text = build_report(args) + "\n"
    text += kept_sections(args.out)
    if args.out == "-":
        sys.stdout.write(text)
    else:
        tmp = args.out + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
