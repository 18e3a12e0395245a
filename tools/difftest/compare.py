"""One program checked by both compilers, and the class of their disagreement.

rustc's side is tools/label.py (check, full build, run: the conformance label); borrowck's
side runs in-process (`borrowck.api.compile_source`, then `Compilation.run`).

Classes, worst first: crash, false_accept, false_reject, unsupported, wrong_code,
wrong_line, run_differs; `agree` when nothing differs.
"""
from __future__ import annotations

import importlib.util
import io
from pathlib import Path

TOOLS = Path(__file__).resolve().parent.parent
CLASSES = ["crash", "false_accept", "false_reject", "unsupported", "wrong_code", "wrong_line",
           "run_differs", "agree"]
RUN_STEPS = 20_000_000


def label_module():
    """tools/label.py (the driver's labeler) loaded as a module."""
    spec = importlib.util.spec_from_file_location("difftest_label", TOOLS / "label.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rustc_label(path: Path, labeler, version: str) -> dict:
    return labeler.label(path.resolve(), "2021", "rustc", version, False)


def borrowck_result(path: Path) -> dict:
    """What borrowck says about `path`: errors [(code, line)], unsupported, crash, run."""
    from borrowck.api import InternalCompilerError, compile_source
    from borrowck.interp import Limits

    result = {"errors": [], "unsupported": [], "crash": None, "run": None}
    compilation = compile_source(path.read_bytes(), path.name, "2021")
    try:
        errors = compilation.errors
    except InternalCompilerError as ice:
        result["crash"] = f"check: {ice}"[:300]
        return result
    for d in errors:
        line = compilation.file.line_col(d.primary_span.lo)[0] if d.primary_span else None
        if d.code == "unsupported":
            result["unsupported"].append([line, d.message[:120]])
        else:
            result["errors"].append([d.code, line])
    if errors:
        return result
    out, err = io.StringIO(), io.StringIO()
    try:
        code = compilation.run(out, err, (), Limits(max_steps=RUN_STEPS))
    except InternalCompilerError as ice:
        result["crash"] = f"run: {ice}"[:300]
        return result
    result["run"] = {"stdout": out.getvalue(), "exit_code": code, "stderr_head": err.getvalue()[:300]}
    return result


def classify(expected: dict, got: dict) -> tuple[str, str]:
    """(class, detail) of borrowck's result `got` against rustc's label `expected`."""
    want = sorted({(e["code"], e["line"]) for e in expected["errors"]}, key=str)
    have = sorted({tuple(e) for e in got["errors"]}, key=str)
    if got["crash"]:
        return "crash", got["crash"]
    if got["unsupported"]:
        return "unsupported", "; ".join(m for _, m in got["unsupported"])[:200]
    if expected["verdict"] == "reject" and not have:
        return "false_accept", f"want {want}"
    if expected["verdict"] == "accept" and have:
        return "false_reject", f"got {have}"
    if expected["verdict"] == "reject":
        if {c for c, _ in want} != {c for c, _ in have}:
            return "wrong_code", f"want {want} got {have}"
        if set(want) != set(have):
            return "wrong_line", f"want {want} got {have}"
        return "agree", ""
    run, mine = expected.get("run") or {}, got["run"] or {}
    if run.get("stdout") != mine.get("stdout") or run.get("exit_code") != mine.get("exit_code"):
        return "run_differs", (f"exit {mine.get('exit_code')} want {run.get('exit_code')}; "
                               f"stdout {mine.get('stdout', '')[-80:]!r} want {run.get('stdout', '')[-80:]!r}; "
                               f"stderr {mine.get('stderr_head', '')[:120]!r}")
    return "agree", ""
