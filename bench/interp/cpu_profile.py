"""CPU time of the interpreter alone on bench programs, optionally under cProfile.

    python bench/interp/cpu_profile.py [--profile] [--top N] [PROGRAM.rs ...]

1. Each program is parsed and type-checked in-process (not timed; the later checking
   phases are skipped: the programs are known to be accepted).
2. `main` runs on this thread (so cProfile sees it); the CPU time of the run is printed.
3. With --profile, the top functions by internal time follow.
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


def run_once(path: Path, profile: bool, top: int) -> None:
    from borrowck import syntax, types
    from borrowck.interp import run as interp_run
    from borrowck.source.span import SourceFile

    file = SourceFile.from_text(path.name, path.read_text())
    typed = types.check_crate(syntax.parse(file).crate, file)
    assert not any(d.level == "error" for d in typed.diagnostics), f"{path}: rejected"
    out, err = io.StringIO(), io.StringIO()
    sys.setrecursionlimit(100_000)
    prof = cProfile.Profile() if profile else None
    start = time.process_time()
    if prof:
        prof.enable()
    code = interp_run._run(typed, file, out, err, (), None)
    if prof:
        prof.disable()
    cpu = time.process_time() - start
    print(f"{path.name}: exit {code}, run CPU {cpu:.3f} s, stdout {out.getvalue()[:60]!r}")
    if prof:
        pstats.Stats(prof).sort_stats("tottime").print_stats(top)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("programs", nargs="*", type=Path)
    args = ap.parse_args()
    for prog in args.programs or sorted(HERE.glob("*.rs")):
        run_once(prog, args.profile, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
