"""The performance benchmark: borrowck against rustc. Writes bench/README.md.

    python bench/run.py [--sizes 1000,5000,20000,50000] [--worst 1000:100,5000:300] [--timeout S]
                        [--corpus N] [--jobs N]

1. Machine, versions, date and load average are recorded (other processes skew wall time:
   the tables give wall time and CPU time).
2. Startup: a cold `borrowck check` of a 3-line program (std cache warm, bytecode cached)
   next to rustc's.
3. Throughput: every conformance case checked by one `borrowck check FILE...` process (and
   by `--jobs N` worker processes) versus `rustc --edition 2021 --emit=metadata` once per
   file; and the warm cost per small program: each case checked again inside one process
   that has already checked one (what an editor or a notebook pays per keystroke), the
   mean and median in ms next to rustc's time per file.
4. Scaling: generated programs (bench/gen_large.py) of several sizes, each first compiled
   by rustc (a program rustc rejects is a generator bug: the run stops); check time, peak
   memory and time per line.
5. Worst case: one function of N statements keeping hundreds of borrows alive.
Each run has a CPU-time limit (`--timeout`); a run that hits it is reported as such.
Python runs with bytecode cached under a temp prefix (like an installed package would have
its .pyc files) and the std model cache warmed once before timing.
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
CORPUS = Path("/work/shared/conformance/cases")
BORROWCK = [str(ROOT / ".venv" / "bin" / "python"), "-m", "borrowck"]
RUSTC = ["rustc", "--edition", "2021", "--emit=metadata"]
DEFAULT_SIZES = (1000, 5000, 20000, 50000)
sys.path.insert(0, str(BENCH))

import gen_large  # noqa: E402


def env() -> dict:
    e = dict(os.environ)
    e.pop("PYTHONDONTWRITEBYTECODE", None)
    e["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "borrowck-bench-pycache")
    return e


def measure(cmd: list, cpu_limit: float, stderr_path: str | None = None) -> dict:
    """Run cmd; wall seconds, CPU seconds (user+sys), peak RSS (MB), exit status. The limit
    is on CPU time (RLIMIT_CPU), not wall time: other processes on the machine must not
    decide what counts as too slow; a wall-clock guard of 20x the limit stops a hang."""
    err = open(stderr_path, "w") if stderr_path else subprocess.DEVNULL
    limit = max(1, int(cpu_limit))

    def set_limit():
        resource.setrlimit(resource.RLIMIT_CPU, (limit, limit + 5))

    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=env(), cwd=ROOT,
                         preexec_fn=set_limit)
    timer = threading.Timer(cpu_limit * 20, p.kill)
    timer.start()
    _, status, usage = os.wait4(p.pid, 0)
    timer.cancel()
    p.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    if stderr_path:
        err.close()
    cpu = usage.ru_utime + usage.ru_stime
    killed = p.returncode in (-signal.SIGXCPU, -signal.SIGKILL)
    return {"wall": wall, "cpu": cpu, "rss_mb": usage.ru_maxrss / 1024, "code": p.returncode,
            "timeout": killed, "limit": limit}


def machine() -> list:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    rustc = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
    version = subprocess.run(BORROWCK + ["--version"], capture_output=True, text=True, env=env(), cwd=ROOT).stdout.strip()
    return [
        f"- date: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC",
        f"- machine: {platform.node()} — {cpu}, {os.cpu_count()} logical CPUs, {mem} RAM, {platform.system()} {platform.release()}",
        f"- {version}, Python {platform.python_version()}; {rustc}",
    ]


def fmt_s(r: dict) -> str:
    return f"stopped at {r['wall']:.0f} s" if r["timeout"] else f"{r['wall']:.2f} s"


def fmt_cpu(r: dict) -> str:
    return f"> {r['limit']} s (CPU limit)" if r["timeout"] else f"{r['cpu']:.2f} s"


def startup(tmp: Path, timeout: float) -> list:
    src = tmp / "hello.rs"
    src.write_text('fn main() {\n    println!("hi");\n}\n')
    rows = []
    for name, cmd in (("borrowck check", BORROWCK + ["check", str(src)]),
                      ("rustc --emit=metadata", RUSTC + ["-o", str(tmp / "hello.rmeta"), str(src)])):
        runs = [measure(cmd, timeout) for _ in range(5)]
        best = min(runs, key=lambda r: r["wall"])
        med = sorted(r["wall"] for r in runs)[2]
        rows.append(f"| {name} | {best['wall'] * 1000:.0f} ms | {med * 1000:.0f} ms | {best['cpu'] * 1000:.0f} ms | {best['rss_mb']:.0f} MB |")
    return ["| tool | best wall | median wall | CPU (best run) | peak RSS |", "| --- | --- | --- | --- | --- |"] + rows


# run inside the venv's Python by `warm_per_file`: CPU ms of each file's check, warm process
WARM_PROBE = """
import json, sys, threading, time
def main():
    from borrowck.api import compile_source
    compile_source("fn main() {}\\n").diagnostics  # imports and the std model, once
    out = []
    for path in sys.argv[1:]:
        data = open(path, "rb").read()
        start = time.process_time()
        compile_source(data, path).diagnostics
        out.append((time.process_time() - start) * 1000)
    print(json.dumps(out))
sys.setrecursionlimit(100000)
threading.stack_size(512 * 1024 * 1024)
worker = threading.Thread(target=main)
worker.start()
worker.join()
"""


def warm_per_file(files: list, timeout: float) -> list:
    """CPU ms per file of a check in a warm process (after one check has loaded everything)."""
    proc = subprocess.run(BORROWCK[:1] + ["-c", WARM_PROBE] + files, capture_output=True, text=True,
                          env=env(), cwd=ROOT, timeout=timeout * 20)
    if proc.returncode != 0:
        sys.exit(f"the warm probe failed: {proc.stderr[-2000:]}")
    return json.loads(proc.stdout)


def throughput(tmp: Path, timeout: float, limit: int | None = None, jobs: int = 2) -> tuple:
    files = sorted(str(p) for p in CORPUS.rglob("*.rs"))[:limit]
    err = str(tmp / "corpus.stderr")
    b = measure(BORROWCK + ["check", "--timings", "--error-format", "short"] + files, timeout, err)
    bj = measure(BORROWCK + ["check", "--jobs", str(jobs), "--error-format", "short"] + files, timeout)
    warm = sorted(warm_per_file(files, timeout))
    phases: dict = {}
    for line in Path(err).read_text(errors="replace").splitlines():
        parts = line.split()
        if line.startswith("time:") and len(parts) >= 3 and parts[1].endswith("s"):
            phases[parts[2]] = phases.get(parts[2], 0.0) + float(parts[1][:-1])
    r_wall = r_cpu = 0.0
    rejected = 0
    start = time.perf_counter()
    for f in files:
        r = measure(RUSTC + ["-o", str(tmp / "x.rmeta"), f], timeout)
        r_wall += r["wall"]
        r_cpu += r["cpu"]
        rejected += r["code"] != 0
    n = len(files)
    rows = [
        "| tool | files | total wall | total CPU | per file (wall) | per file (CPU) | peak RSS |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        f"| borrowck, one process | {n} | {fmt_s(b)} | {b['cpu']:.2f} s | {b['wall'] / n * 1000:.0f} ms | {b['cpu'] / n * 1000:.1f} ms | {b['rss_mb']:.0f} MB |",
        f"| borrowck, `--jobs {jobs}` | {n} | {fmt_s(bj)} | {bj['cpu']:.2f} s | {bj['wall'] / n * 1000:.0f} ms | {bj['cpu'] / n * 1000:.1f} ms | {bj['rss_mb']:.0f} MB (parent) |",
        f"| rustc, one process per file | {n} | {r_wall:.2f} s | {r_cpu:.2f} s | {r_wall / n * 1000:.0f} ms | {r_cpu / n * 1000:.1f} ms | — |",
    ]
    ratio = b["wall"] / r_wall if r_wall else float("nan")
    cpu_ratio = b["cpu"] / r_cpu if r_cpu else float("nan")
    warm_mean = sum(warm) / len(warm) if warm else float("nan")
    warm_median = warm[len(warm) // 2] if warm else float("nan")
    notes = [f"borrowck / rustc wall-time ratio: **{ratio:.2f}x** (CPU ratio {cpu_ratio:.2f}x; "
             f"`--jobs {jobs}` wall ratio {bj['wall'] / r_wall if r_wall else float('nan'):.2f}x); "
             f"rustc rejected {rejected} of {n} files.",
             f"Warm, per small program (each case checked in a process that already checked one; CPU): "
             f"mean **{warm_mean:.1f} ms**, median {warm_median:.1f} ms, slowest {warm[-1] if warm else float('nan'):.0f} ms; "
             f"rustc per file {r_wall / n * 1000:.0f} ms wall / {r_cpu / n * 1000:.0f} ms CPU "
             f"(warm mean / rustc wall per file: **{warm_mean / (r_wall / n * 1000) if r_wall else float('nan'):.2f}x**)."]
    if phases:
        notes.append("borrowck's time per phase over the corpus (`--timings`, summed): "
                     + ", ".join(f"{k} {v:.2f} s" for k, v in phases.items()) + ".")
    return rows, notes


def scaling(tmp: Path, sizes: list, timeout: float) -> list:
    rows = ["| lines | borrowck CPU | borrowck wall | borrowck peak RSS | CPU µs/line | rustc CPU | rustc wall | rustc peak RSS | CPU µs/line | CPU ratio |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for n in sizes:
        src = tmp / f"gen_{n}.rs"
        src.write_text(gen_large.program(n))
        lines = src.read_text().count("\n")
        r = measure(RUSTC + ["-o", str(tmp / "g.rmeta"), str(src)], timeout)
        if r["code"] != 0:
            sys.exit(f"rustc rejects the generated program of {n} lines: fix bench/gen_large.py")
        b = measure(BORROWCK + ["check", str(src)], timeout)
        verdict = "" if b["code"] == 0 or b["timeout"] else f" (exit {b['code']}: rejects valid code)"
        ratio = "—" if b["timeout"] else f"{b['cpu'] / r['cpu']:.0f}x"
        per_line = "—" if b["timeout"] else f"{b['cpu'] / lines * 1e6:.0f}"
        rows.append(f"| {lines} | {fmt_cpu(b)}{verdict} | {fmt_s(b)} | {b['rss_mb']:.0f} MB | {per_line} | "
                    f"{r['cpu']:.2f} s | {r['wall']:.2f} s | {r['rss_mb']:.0f} MB | "
                    f"{r['cpu'] / lines * 1e6:.0f} | {ratio} |")
        print(rows[-1], flush=True)
    return rows


def worst(tmp: Path, sizes: list, timeout: float) -> list:
    rows = ["| statements | live borrows | borrowck CPU | borrowck wall | borrowck peak RSS | rustc CPU | rustc wall | rustc peak RSS | CPU ratio |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for stmts, live in sizes:
        src = tmp / f"worst_{stmts}.rs"
        src.write_text(gen_large.worst_case(stmts, live))
        r = measure(RUSTC + ["-o", str(tmp / "w.rmeta"), str(src)], timeout)
        if r["code"] != 0:
            sys.exit("rustc rejects the worst-case program: fix bench/gen_large.py")
        b = measure(BORROWCK + ["check", str(src)], timeout)
        verdict = "" if b["code"] == 0 or b["timeout"] else f" (exit {b['code']})"
        ratio = "—" if b["timeout"] or not r["cpu"] else f"{b['cpu'] / r['cpu']:.0f}x"
        rows.append(f"| {stmts} | {live} | {fmt_cpu(b)}{verdict} | {fmt_s(b)} | {b['rss_mb']:.0f} MB | "
                    f"{r['cpu']:.2f} s | {r['wall']:.2f} s | {r['rss_mb']:.0f} MB | {ratio} |")
        print(rows[-1], flush=True)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)))
    ap.add_argument("--worst", default="1000:100,5000:300", help="statements:live borrows, ...")
    ap.add_argument("--timeout", type=float, default=60.0, help="CPU seconds per run")
    ap.add_argument("--corpus", type=int, default=None, metavar="N",
                    help="only the first N conformance cases (default: all)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes of the `--jobs` throughput row")
    ap.add_argument("--out", default=str(BENCH / "README.md"))
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    worst_sizes = [tuple(int(x) for x in w.split(":")) for w in args.worst.split(",") if w]
    started = time.perf_counter()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="borrowck-bench-") as d:
        tmp = Path(d)
        (tmp / "warm.rs").write_text("fn main() {}\n")
        measure(BORROWCK + ["check", str(tmp / "warm.rs")], args.timeout)  # bytecode + std cache
        info = machine()
        print("\n".join(info), flush=True)
        start_rows = startup(tmp, args.timeout)
        print("\n".join(start_rows), flush=True)
        thr_rows, thr_notes = throughput(tmp, args.timeout * 5, args.corpus, args.jobs)
        print("\n".join(thr_rows + thr_notes), flush=True)
        scale_rows = scaling(tmp, sizes, args.timeout)
        worst_rows = worst(tmp, worst_sizes, args.timeout)
    load_after = os.getloadavg()
    total = time.perf_counter() - started
    text = "\n".join([
        "# bench/",
        "",
        "borrowck's speed measured against rustc. Regenerate with `python bench/run.py` (about",
        f"{total / 60:.0f} minutes; `--sizes`, `--worst`, `--timeout` shorten it). Not part of the test suite.",
        "",
        "| file | what |",
        "| --- | --- |",
        "| `run.py` | runs every measurement below and rewrites this README |",
        "| `gen_large.py` | generates the valid Rust programs of the scaling and worst-case tables |",
        "| `profile_borrowck.py` | CPU of the borrowck phase alone (per check, `--steps` per NLL step, `--profile` cProfile) |",
        "",
        "CPU is user+sys of the measured process, wall is elapsed time: on a shared machine",
        "(see the load average) CPU is the fair comparison. Runs stop at a CPU limit. Python runs",
        "with cached bytecode and a warm std-model cache (`borrowck/std/model_cache.py`), as an",
        "installed borrowck would after its first run.",
        "",
        "## Machine",
        "",
        *info,
        f"- load average (1 min) at start / end: {load_before[0]:.2f} / {load_after[0]:.2f} "
        "(other processes share the CPUs: compare CPU times when it is high)",
        "",
        "## Startup: one tiny program, cold process",
        "",
        *start_rows,
        "",
        f"## 1. Throughput: the conformance corpus ({CORPUS}"
        + (f", first {args.corpus} cases: `--corpus`" if args.corpus else "") + ")",
        "",
        *thr_rows,
        "",
        *thr_notes,
        "",
        "## 2. Scaling: generated programs (`gen_large.program`)",
        "",
        "Many functions with moves, borrows, loops, matches, structs and method calls on Vec,",
        "String and HashMap; every program compiles with rustc (checked before timing).",
        *([f"Sizes run: {', '.join(map(str, sizes))} lines (`--sizes`); the default list also has "
           f"{', '.join(str(n) for n in DEFAULT_SIZES if n not in sizes)}, left out of this run to keep it short."]
          if any(n not in sizes for n in DEFAULT_SIZES) else []),
        "",
        *scale_rows,
        "",
        "## 3. Worst case: one long function (`gen_large.worst_case`)",
        "",
        "One `main` with hundreds of `String`s, a shared borrow of each kept alive to the end,",
        "and the remaining statements reading through those borrows.",
        "",
        *worst_rows,
        "",
    ])
    Path(args.out).write_text(text)
    print(f"wrote {args.out} in {total:.0f} s")


if __name__ == "__main__":
    main()
