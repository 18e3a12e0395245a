"""Judging one labeled case (CASE.rs + CASE.expected.json) in-process, with the
conformance corpus's rules (tests/conformance/README.md "When a checker agrees").

Outcomes: exact | codes | verdict | false_reject | false_accept | unsupported | crash.
"""
from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path

from borrowck.api import InternalCompilerError, compile_source
from borrowck.interp import Limits


@dataclass
class Outcome:
    kind: str
    detail: str = ""


def expected_of(rs: Path) -> dict:
    return json.loads(rs.with_name(rs.name[:-3] + ".expected.json").read_text())


def judge(rs: Path, expected: dict, run_programs: bool = True) -> Outcome:
    compilation = compile_source(rs.read_bytes(), rs.name, expected.get("edition", "2021"))
    try:
        errors = compilation.errors
    except InternalCompilerError as ice:
        return Outcome("crash", str(ice))
    if any(d.code == "unsupported" for d in errors):
        return Outcome("unsupported", "; ".join(d.message for d in errors if d.code == "unsupported")[:200])
    got = {(d.code, compilation.file.line_col(d.primary_span.lo)[0] if d.primary_span else None) for d in errors}
    verdict = "reject" if errors else "accept"
    want = {(e["code"], e["line"]) for e in expected["errors"]}
    if verdict != expected["verdict"]:
        kind = "false_reject" if expected["verdict"] == "accept" else "false_accept"
        return Outcome(kind, f"want {sorted(want, key=str)} got {sorted(got, key=str)}")
    if verdict == "accept":
        run = expected.get("run")
        if run_programs and run and "stdout" in run:
            out, err = io.StringIO(), io.StringIO()
            try:
                code = compilation.run(out, err, (), Limits())
            except InternalCompilerError as ice:
                return Outcome("verdict", f"run crashed: {ice}")
            if out.getvalue() != run["stdout"] or code != run["exit_code"]:
                return Outcome("verdict", f"run differs: exit {code} want {run['exit_code']}; "
                                          f"stderr {err.getvalue()[:200]!r}")
        return Outcome("exact")
    if {c for c, _ in got} != {c for c, _ in want}:
        return Outcome("verdict", f"codes want {sorted(want, key=str)} got {sorted(got, key=str)}")
    if got != want:
        return Outcome("codes", f"lines want {sorted(want, key=str)} got {sorted(got, key=str)}")
    return Outcome("exact")
