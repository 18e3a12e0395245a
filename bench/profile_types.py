"""CPU time per phase of borrowck, in one process, for tuning the type checker.

    python bench/profile_types.py                  # corpus + generated 1k/5k/20k lines
    python bench/profile_types.py --sizes 1000     # only some generated sizes (0: none)
    python bench/profile_types.py --no-corpus --sizes 5000 --profile types [--out F.prof]

CPU (process time) rather than wall: the machine is shared. The std model is loaded (and
every module imported) before measuring, as in a warm process. `--profile PHASE` runs
cProfile around that phase only and prints the top functions by cumulative and own time.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import gen_large  # noqa: E402

from borrowck import api  # noqa: E402

CORPUS = Path("/work/shared/conformance/cases")
# (timing name, Compilation property) in pipeline order
PHASES = (("parse", "parsed"), ("types", "typed"), ("lints", "lint_diagnostics"),
          ("mir", "mir"), ("borrowck", "borrowck_diagnostics"))


def check_phases(source, path: str, totals: dict, profiler=None, profile_phase=None) -> None:
    """Run every phase of one file, adding each phase's CPU seconds to `totals`."""
    comp = api.compile_source(source, path)
    for name, prop in PHASES:
        start = time.process_time()
        if profiler is not None and name == profile_phase:
            profiler.enable()
            getattr(comp, prop)
            profiler.disable()
        else:
            getattr(comp, prop)
        totals[name] = totals.get(name, 0.0) + time.process_time() - start
    comp.diagnostics  # noqa: B018 - ordering/combining, counted in total only


def report(label: str, totals: dict, count: int) -> None:
    total = sum(totals.values())
    parts = "  ".join(f"{name} {totals.get(name, 0.0):6.2f}" for name, _ in PHASES)
    per = f"  ({1000 * total / count:.1f} ms/file)" if count > 1 else ""
    print(f"{label:>14}: total {total:6.2f} s CPU  {parts}{per}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="*", default=[1000, 5000, 20000])
    ap.add_argument("--no-corpus", action="store_true")
    ap.add_argument("--profile", metavar="PHASE", help="cProfile this phase (e.g. types)")
    ap.add_argument("--out", help="save the profile here (pstats format)")
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()

    check_phases("fn main() {}", "warmup.rs", {})  # std model + imports, not measured
    profiler = cProfile.Profile() if args.profile else None

    if not args.no_corpus:
        files = sorted(CORPUS.rglob("*.rs"))
        sources = [(f.read_bytes(), str(f)) for f in files]
        totals: dict = {}
        for data, name in sources:
            check_phases(data, name, totals, profiler, args.profile)
        report("corpus", totals, len(files))
        warm: dict = {}
        for data, name in sources:  # a second pass: everything warm
            check_phases(data, name, warm)
        report("corpus (warm)", warm, len(files))
    for lines in args.sizes or []:
        if lines <= 0:
            continue
        totals = {}
        check_phases(gen_large.program(lines), f"gen{lines}.rs", totals, profiler, args.profile)
        report(f"gen {lines}", totals, 1)

    if profiler is not None:
        if args.out:
            profiler.dump_stats(args.out)
        for key in ("cumulative", "tottime"):
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats(key).print_stats(args.top)
            print(out.getvalue())


if __name__ == "__main__":
    main()
