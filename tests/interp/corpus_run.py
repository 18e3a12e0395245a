"""Run the accepted conformance cases through borrowck's interpreter and compare stdout/exit.

Usage: python tests/interp/corpus_run.py [CASES_DIR] [-v]
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from borrowck import api

DEFAULT = Path("/work/shared/conformance/cases")


def main(argv) -> int:
    root = Path(argv[1]) if len(argv) > 1 and not argv[1].startswith("-") else DEFAULT
    verbose = "-v" in argv
    ok = bad = 0
    for exp_path in sorted(root.rglob("*.expected.json")):
        exp = json.loads(exp_path.read_text())
        if "run" not in exp:
            continue
        rs = exp_path.with_name(exp_path.name.replace(".expected.json", ".rs"))
        t0 = time.time()
        try:
            code, out, err = api.run_to_strings(rs.read_text(), str(rs.name))
        except Exception as e:  # noqa: BLE001 - report and go on
            code, out, err = -1, "", f"{type(e).__name__}: {e}"
        dt = time.time() - t0
        want = exp["run"]
        if code == want["exit_code"] and out == want["stdout"]:
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
