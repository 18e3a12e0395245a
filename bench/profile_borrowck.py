"""CPU time of the borrowck phase (moves, mutability, NLL) on generated programs.

    python bench/profile_borrowck.py                     # the default table
    python bench/profile_borrowck.py --worst 1000:100,2000:100,5000:300 --lines 20000
    python bench/profile_borrowck.py --worst 5000:300 --profile 30   # cProfile, top 30
    python bench/profile_borrowck.py --file some.rs --profile 30

Parsing, type checking and MIR building run first and are not timed; then
`borrowck.check_crate` runs once under `time.process_time` (CPU, fair on a loaded
machine), with each per-body check timed separately (moves / mutability / nll), and the
NLL steps timed one by one in a second run (`--steps`).
"""
from __future__ import annotations

import argparse
import cProfile
import gc
import hashlib
import pickle
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_large  # noqa: E402

from borrowck import api  # noqa: E402
from borrowck.source.span import SourceFile  # noqa: E402


def compile_to_mir(name: str, text: str, cache: str = ""):
    """A Compilation with its MIR built. cache: a directory keeping (mir, typed) pickled by
    source hash, so repeated measurements skip the front end (stale after front-end edits)."""
    comp = api.Compilation(SourceFile.from_bytes(name, text.encode()))
    path = Path(cache) / (hashlib.sha256(text.encode()).hexdigest()[:16] + ".pickle") if cache else None
    if path is not None and path.exists():
        comp.__dict__["mir"], comp.__dict__["typed"] = pickle.loads(path.read_bytes())
        return comp
    assert comp.mir is not None, "program did not reach MIR"
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps((comp.mir, comp.typed)))
    return comp


def time_checks(comp) -> dict:
    """CPU seconds per check kind over every body, and the whole phase."""
    from borrowck import borrowck as bc
    from borrowck.borrowck import nll
    closures: dict = {}
    crate = nll.CrateTables(comp.typed)
    from borrowck.dataflow.move_paths import gather
    checks = [(getattr(c, "__module__", "?").rsplit(".", 1)[-1], c) for c in bc._ownership_checks()]
    checks.append(("nll", lambda body, mir, typed, move_data=None: nll.check_body(body, mir, typed, closures, crate)))
    out = {name: 0.0 for name, _ in checks}
    out["move data"] = 0.0
    ndiags = 0
    gc.disable()
    try:
        for body in comp.mir.bodies:
            t = time.process_time()
            data = gather(body, getattr(comp.typed, "adts", None))  # shared, as check_crate does
            out["move data"] += time.process_time() - t
            for name, check in checks:
                t = time.process_time()
                ndiags += len(check(body, comp.mir, comp.typed, move_data=data))
                out[name] += time.process_time() - t
    finally:
        gc.enable()
    out["total"] = sum(out.values())
    out["diagnostics"] = ndiags
    return out


# the steps of nll.BodyFacts, as names in nll's namespace (functions) or (class, method)
NLL_STEPS = (
    ("constraints", ("ConstraintGeneration", "run")),
    ("liveness", "compute_region_liveness"),
    ("inference", "solve"),
    ("borrow set", "build_borrow_set"),
    ("loans in scope", "compute_loans_in_scope"),
    ("access check", ("AccessChecker", "run")),
    ("conflict reports", "report_conflict"),
    ("universal regions", "check_universal_regions"),
    ("type tests", "check_type_tests"),
)


def nll_steps(comp) -> dict:
    """CPU seconds of each NLL step summed over every body (functions wrapped for the run;
    a closure's steps run inside its creator's constraint generation, so they nest)."""
    from borrowck.borrowck import nll
    times: dict = {}
    restore = []

    def timed(label, fn):
        def wrapper(*args, **kwargs):
            t = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                times[label] = times.get(label, 0.0) + time.process_time() - t
        return wrapper
    for label, name in NLL_STEPS:
        owner, attr = (getattr(nll, name[0]), name[1]) if isinstance(name, tuple) else (nll, name)
        original = getattr(owner, attr)
        restore.append((owner, attr, original))
        setattr(owner, attr, timed(label, original))
    closures: dict = {}
    crate = nll.CrateTables(comp.typed)
    gc.disable()
    try:
        t = time.process_time()
        for body in comp.mir.bodies:
            nll.check_body(body, comp.mir, comp.typed, closures, crate)
        times["total"] = time.process_time() - t
    finally:
        gc.enable()
        for owner, attr, original in restore:
            setattr(owner, attr, original)
    times["bodies"] = len(comp.mir.bodies)
    return times


def profile(comp, top: int) -> None:
    from borrowck import borrowck as bc
    prof = cProfile.Profile(time.process_time)
    gc.disable()
    prof.enable()
    bc.check_crate(comp.mir, comp.typed)
    prof.disable()
    gc.enable()
    stats = pstats.Stats(prof)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


def cases(args) -> list:
    out = []
    for spec in filter(None, args.worst.split(",")):
        stmts, live = (int(x) for x in spec.split(":"))
        out.append((f"worst {stmts}/{live}", gen_large.worst_case(stmts, live)))
    for lines in filter(None, args.lines.split(",")):
        out.append((f"program {lines} lines", gen_large.program(int(lines))))
    for path in args.file:
        out.append((path, Path(path).read_text()))
    return out


def main(argv: list) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--worst", default="1000:100,2000:100,5000:300", help="statements:live, ...")
    ap.add_argument("--lines", default="20000", help="gen_large.program sizes, ...")
    ap.add_argument("--file", action="append", default=[], help="a Rust file to measure")
    ap.add_argument("--profile", type=int, default=0, help="print cProfile's top N instead")
    ap.add_argument("--steps", action="store_true", help="also time the NLL steps (all bodies)")
    ap.add_argument("--mir-cache", default="", help="directory caching the front end's results")
    args = ap.parse_args(argv)
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 100000))  # pickling deep MIR
    for name, text in cases(args):
        comp = compile_to_mir(name, text, args.mir_cache)
        stmts = sum(len(bb.statements) + 1 for b in comp.mir.bodies for bb in b.blocks)
        if args.profile:
            print(f"== {name}")
            profile(comp, args.profile)
            continue
        times = time_checks(comp)
        parts = ", ".join(f"{k} {v:.2f}s" for k, v in times.items() if k not in ("total", "diagnostics"))
        print(f"{name}: borrowck CPU {times['total']:.2f} s ({parts}); "
              f"{stmts} MIR locations, {1e6 * times['total'] / stmts:.0f} µs/location, "
              f"{times['diagnostics']} diagnostics", flush=True)
        if args.steps:
            steps = nll_steps(comp)
            print("   nll steps: " + ", ".join(
                f"{k} {v:.2f}s" if isinstance(v, float) else f"{k} {v}" for k, v in steps.items()), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
