"""Run the accepted conformance cases through borrowck's interpreter and compare stdout/exit.

Usage: python tests/interp/corpus_run.py [CASES_DIR] [-v] [--api | --untyped]
  default: parse + check_crate + run_program, running even if the checker reports errors;
  --api: through borrowck.api (check first, as `borrowck run` does);
  --untyped: with an empty TypedCrate (the interpreter's dynamic fallbacks only).
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import io

from borrowck import api
from borrowck import syntax, types
from borrowck.interp import run_program
from borrowck.source.span import SourceFile


def run_interp_only(source: str, name: str, use_types: bool = True):
    """parse -> check_crate -> run_program, ignoring checker diagnostics (measures the
    interpreter alone while the checker is being built)."""
    file = SourceFile.from_text(name, source)
    parsed = syntax.parse(file)
    if use_types:
        try:
            typed = types.check_crate(parsed.crate, file)
        except Exception:  # noqa: BLE001 - a checker crash must not hide the interpreter's result
            typed = types.TypedCrate(crate=parsed.crate)
    else:
        typed = types.TypedCrate(crate=parsed.crate)
    out, err = io.StringIO(), io.StringIO()
    code = run_program(typed, file, out, err)
    return code, out.getvalue(), err.getvalue()

DEFAULT = Path("/work/shared/conformance/cases")


def main(argv) -> int:
    root = Path(argv[1]) if len(argv) > 1 and not argv[1].startswith("-") else DEFAULT
    verbose = "-v" in argv
    mode = "api" if "--api" in argv else ("untyped" if "--untyped" in argv else "typed")
    ok = bad = 0
    for exp_path in sorted(root.rglob("*.expected.json")):
        exp = json.loads(exp_path.read_text())
        if "run" not in exp:
            continue
        rs = exp_path.with_name(exp_path.name.replace(".expected.json", ".rs"))
        t0 = time.time()
        try:
            if mode == "api":
                code, out, err = api.run_to_strings(rs.read_text(), str(rs.name))
            else:
                code, out, err = run_interp_only(rs.read_text(), str(rs.name), mode == "typed")
        except Exception as e:  # noqa: BLE001 - report and go on
            code, out, err = -1, "", f"{type(e).__name__}: {e}"
        dt = time.time() - t0
        want = exp["run"]
        want_code = want["exit_code"] if want["exit_code"] >= 0 else 128 - want["exit_code"]  # signal
        if code == want_code and out == want["stdout"]:
            ok += 1
        else:
            bad += 1
            print(f"FAIL {rs.relative_to(root)} exit {code} want {want['exit_code']} ({dt:.2f}s)")
            if verbose:
                print("  stderr:", err.strip()[-600:])
                if out != want["stdout"]:
                    import difflib
                    for line in list(difflib.unified_diff(want["stdout"].splitlines(), out.splitlines(),
                                                          "want", "got", lineterm=""))[:12]:
                        print("   ", line)
    print(f"{ok} passed, {bad} failed")
    return 0 if bad == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
