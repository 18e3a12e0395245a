"""The interpreter benchmark: `borrowck run` against the rustc-built binary. Writes README.md.

    python bench/interp/run.py [--repeat N] [--timeout S] [PROGRAM.rs ...]

1. Machine, versions, date and load average are recorded.
2. Each program (default: every `*.rs` here) is built with `rustc --edition 2021` (a debug
   build, the binary `borrowck run` imitates) into a temp dir.
3. The binary and `borrowck run` each run `--repeat` times; their stdout and exit codes must
   be equal (a difference is reported, never timed as a success).
4. The table gives the best CPU time (user+sys of the child: fair on a shared machine) and the
   best wall time of each, and the CPU ratio borrowck / rustc binary.
"""
from __future__ import annotations

import argparse
import datetime
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BORROWCK = [str(ROOT / ".venv" / "bin" / "python"), "-m", "borrowck", "run", "--timings"]


def timed(cmd: list[str], timeout: float) -> tuple[float, float, int, str, float]:
    """(cpu seconds, wall seconds, exit code, stdout, wall seconds of borrowck's `run` phase
    from --timings, or 0) of one run of cmd."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                           env={"PATH": os.environ.get("PATH", "")})
        code, out = p.returncode, p.stdout
        phase = [float(line.split()[1].rstrip("s")) for line in p.stderr.splitlines()
                 if line.startswith("time:") and line.split()[2] == "run"]
    except subprocess.TimeoutExpired:
        code, out, phase = None, "", []
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall, code, out, phase[0] if phase else 0.0


def best(cmd, repeat, timeout):
    runs = [timed(cmd, timeout) for _ in range(repeat)]
    return (min(r[0] for r in runs), min(r[1] for r in runs), runs[0][2], runs[0][3],
            min(r[4] for r in runs))


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} logical CPUs, {platform.system()} {platform.release()}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=600)
    ap.add_argument("programs", nargs="*", type=Path)
    args = ap.parse_args()
    programs = args.programs or sorted(HERE.glob("*.rs"))
    rustc = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
    load_start = os.getloadavg()[0]
    rows, problems = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for prog in programs:
            exe = Path(tmp) / prog.stem
            build = subprocess.run(["rustc", "--edition", "2021", "-o", str(exe), str(prog)],
                                   capture_output=True, text=True)
            if build.returncode != 0:
                problems.append(f"{prog.name}: rustc failed:\n{build.stderr}")
                continue
            r_cpu, r_wall, r_code, r_out, _ = best([str(exe)], args.repeat, args.timeout)
            b_cpu, b_wall, b_code, b_out, b_run = best(BORROWCK + [str(prog)], args.repeat, args.timeout)
            same = (r_code, r_out) == (b_code, b_out)
            if not same:
                problems.append(f"{prog.name}: borrowck run differs (exit {b_code} vs {r_code})")
            rows.append((prog.name, r_cpu, r_wall, b_cpu, b_wall, b_run, b_cpu / max(r_cpu, 1e-3), same))
            print(f"{prog.name}: rustc binary {r_cpu:.3f}s, borrowck run {b_cpu:.2f}s CPU", file=sys.stderr)
    write_readme(rows, problems, rustc, load_start, os.getloadavg()[0], args.repeat)
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


# borrowck run CPU of each program (same machine, best of 2) before bodies were compiled into
# closures (issue #6): the interpreter dispatched on every node at every evaluation
BEFORE = [
    "Measured 2026-11-25 14:41 UTC (load average 3.0 / 5.3), when every evaluation dispatched on",
    "the node's class: fib.rs 10.18 s CPU (4,764x; 6 s of it system time: CPython 3.11 mapped and",
    "unmapped a frame-stack chunk at most deep calls), nested_loops.rs 2.11 s (337x),",
    "string_building.rs 0.99 s (136x), word_count.rs 1.71 s (64x).",
]


def write_readme(rows, problems, rustc, load_start, load_end, repeat) -> None:
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# bench/interp/",
        "",
        "`borrowck run` against the rustc-built (debug) binary of the same program. Regenerate with",
        "`python bench/interp/run.py` (a few minutes). Not part of the test suite.",
        "",
        "| file | what |",
        "| --- | --- |",
        "| `run.py` | builds each program with rustc, times both, checks equal output, rewrites this README |",
        "| `cpu_profile.py` | the interpreter's CPU time alone, in-process; `--profile` adds cProfile's table |",
        "| `fib.rs` | recursive fib(27): fn calls and integer arithmetic |",
        "| `nested_loops.rs` | nested `for` loops over a Vec with indexing |",
        "| `string_building.rs` | `push_str`/`to_string`/`format!`/`split`/`join` |",
        "| `word_count.rs` | HashMap word counting with `entry`, then a sort |",
        "",
        "CPU is user+sys of the process (best of %d runs; the fair comparison on a shared machine)," % repeat,
        "wall is elapsed time; the borrowck time includes parsing and checking the program; the",
        "`run` phase column is the interpreter alone (wall, from `--timings`).",
        "",
        "## Machine",
        "",
        f"- date: {now}",
        f"- machine: {machine()}",
        f"- Python {platform.python_version()}; {rustc}",
        f"- load average (1 min) at start / end: {load_start:.2f} / {load_end:.2f}",
        "",
        "## Results",
        "",
        "| program | rustc binary CPU | rustc binary wall | borrowck run CPU | borrowck run wall "
        "| `run` phase wall | CPU ratio | same output |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, r_cpu, r_wall, b_cpu, b_wall, b_run, ratio, same in rows:
        lines.append(f"| {name} | {r_cpu * 1000:.1f} ms | {r_wall * 1000:.1f} ms | {b_cpu:.2f} s | {b_wall:.2f} s "
                     f"| {b_run:.2f} s "
                     f"| {ratio:,.0f}x | {'yes' if same else 'NO'} |")
    lines += ["", "## Before: the AST walker", ""] + BEFORE
    if problems:
        lines += ["", "## Problems", ""] + [f"- {p}" for p in problems]
    (HERE / "README.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    sys.exit(main())
