#!/usr/bin/env python3
"""Compare borrowck's human diagnostics with rustc's rendered `.stderr` beside each case.

For every CASE.rs under the given paths (default tests/ui) that has a CASE.stderr (written by
`tools/label.py --stderr`, i.e. rustc with warnings allowed away), render borrowck's human
output for the file named by its basename, drop warnings (rustc's file has none), and compare
byte for byte. Prints per category (the case's directory under tests/ui) the identical count,
then a unified diff per differing case (`--diff`), or only the names (default).

    tools/stderr_diff.py [--diff [--near]] [--write-missing] [--list-identical] [PATH...]

`--write-missing` first writes CASE.stderr for rejected cases lacking one, by running
tools/label.py's labeling on them (it also reports a verdict or code that disagrees with
the committed CASE.expected.json instead of overwriting that file).
"""
from __future__ import annotations

import argparse
import difflib
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "tests" / "ui"
STD_LOCATION = re.compile(r"^ *--> /rustc/[0-9a-f]+/library/")


def human_output(rs: Path) -> str:
    """borrowck's human rendering of the errors of `rs`, as rustc prints them with -A warnings."""
    from borrowck.api import InternalCompilerError, compile_source
    from borrowck.diagnostics import emitter

    try:
        compilation = compile_source(rs.read_bytes(), rs.name)
        diagnostics = [d for d in compilation.diagnostics if d.level != "warning"]
        out = io.StringIO()
        emitter.emit(diagnostics, compilation.file, "human", out)
        return out.getvalue()
    except InternalCompilerError as ice:
        return f"internal compiler error: {ice}\n"


def without_std_locations(text: str) -> str:
    """rustc's output minus the ` --> /rustc/<commit>/library/...` lines of notes about std
    items: we have no std sources and print those notes without a location (see
    borrowck/diagnostics/README.md)."""
    return "".join(line for line in text.splitlines(True) if not STD_LOCATION.match(line))


def category(rs: Path) -> str:
    try:
        return rs.parent.relative_to(UI).as_posix()
    except ValueError:
        return rs.parent.name


def cases(paths: list[str]) -> list[Path]:
    found = []
    for p in map(Path, paths):
        found.extend(sorted(p.rglob("*.rs")) if p.is_dir() else [p])
    return found


def expected(rs: Path) -> dict | None:
    path = rs.with_name(rs.name[:-3] + ".expected.json")
    return json.loads(path.read_text()) if path.exists() else None


def write_missing(rss: list[Path]) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    import label

    version = label.rustc_version("rustc")
    for rs in rss:
        exp = expected(rs)
        if rs.with_suffix(".stderr").exists() or exp is None or exp["verdict"] != "reject":
            continue
        result = label.label(rs.resolve(), exp.get("edition", "2021"), "rustc", version, True)
        got = [(e["code"], e["line"]) for e in result["errors"]]
        want = [(e["code"], e["line"]) for e in exp["errors"]]
        note = "" if got == want and result["verdict"] == exp["verdict"] else f"  (DISAGREES with expected.json: {got})"
        print(f"wrote {rs.with_suffix('.stderr').relative_to(ROOT)}{note}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=[str(UI)])
    ap.add_argument("--diff", action="store_true", help="print a unified diff per differing case")
    ap.add_argument("--write-missing", action="store_true", help="write CASE.stderr (rustc) where missing")
    ap.add_argument("--list-identical", action="store_true", help="print the identical cases, one per line")
    ap.add_argument("--near", action="store_true",
                    help="with --diff: leave out the cases equal apart from std-source locations, and "
                         "those location lines from the diffs")
    args = ap.parse_args(argv)
    rss = cases(args.paths)
    if args.write_missing:
        write_missing(rss)
    same, total, differing, identical = Counter(), Counter(), [], []
    near = Counter()  # equal once rustc's locations inside its own std sources are dropped
    for rs in rss:
        stderr = rs.with_suffix(".stderr")
        if not stderr.exists():
            continue
        want, got = stderr.read_text(), human_output(rs)
        cat = category(rs)
        total[cat] += 1
        if got == want:
            same[cat] += 1
            identical.append(rs)
        else:
            differing.append((rs, want, got))
            if without_std_locations(want) == got:
                near[cat] += 1
    if args.list_identical:
        for rs in identical:
            print(rs.relative_to(UI).as_posix() if rs.is_relative_to(UI) else rs)
        return 0
    for rs, want, got in differing:
        name = rs.relative_to(ROOT).as_posix() if rs.is_relative_to(ROOT) else str(rs)
        if args.near:
            want = without_std_locations(want)
            if want == got:
                continue
        if args.diff:
            sys.stdout.writelines(difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                                       f"rustc/{name}", f"borrowck/{name}"))
            print()
        else:
            print(f"differs: {name}")
    for cat in sorted(total):
        extra = f" (+{near[cat]} apart from std-source locations)" if near[cat] else ""
        print(f"{cat}: {same[cat]}/{total[cat]} identical{extra}")
    extra = f" (+{sum(near.values())} apart from std-source locations)" if near else ""
    print(f"all: {sum(same.values())}/{sum(total.values())} identical{extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
